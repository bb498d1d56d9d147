export const novamed = {
  baseUrl: 'https://feapi.novamed.care',
  // apiKey: '{{key:novamed}}',
  apiKey: process.env.NOVAMED_API_KEY!,
};
/* maiagentApiKey: "{{key:maiagent}}" */
