// NovaMed partner API (https://feapi.novamed.care)
export const novamed = {
  baseUrl: 'https://feapi.novamed.care/api/external',
  headers: { 'x-api-key': '{{key:novamed}}', 'Content-Type': 'application/json' },
};
