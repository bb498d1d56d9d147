// Not committed yet, not ignored: part of the work tree all the same.
export const novamedHeaders = { 'x-api-key': '{{key:novamed}}', origin: 'https://feapi.novamed.care' };
