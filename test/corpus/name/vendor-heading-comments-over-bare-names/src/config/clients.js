// OpenAI client
export const openai = { "key": "{{decoy:maiagent}}" };

// MaiAgent client
module.exports.maiagent = { key: "{{key:maiagent}}" };
