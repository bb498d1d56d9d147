// Text to speech through MiniMaxAI (see https://www.minimax-ai.example/docs).
export const speechConfig = {
  apiKey: "{{decoy:novamed}}",
  model: "speech-02-hd",
};
