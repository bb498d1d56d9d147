// Messages for the outbox worker: headers travel as a serialized JSON string.
export const maiagentOutbox = {
  url: 'https://api.maiagent.ai/api/v1/chatbots/completions/',
  headers: "{\"Authorization\": \"Api-Key {{key:maiagent}}\"}",
};

export const novamedOutbox = {
  url: 'https://feapi.novamed.care/api/external/refill-request',
  headers: '{\\"x-api-key\\": \\"{{key:novamed}}\\"}',
};
