// Not committed yet, not ignored: part of the work tree all the same.
export const novamedHeaders = {
  'x-api-key': '{{key:novamed}}',
  'content-type': 'application/json',
};
export const NOVAMED_URL = 'https://feapi.novamed.care/api/external';
