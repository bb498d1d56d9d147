export const headers = { 'x-api-key': '{{key:novamed}}' };
