// A file saved half-way through an edit: the last binding has no value yet.
export const rx = {
  url: 'https://feapi.novamed.care/api/external',
  headers: {
    'x-api-key': '{{key:novamed}}',
  },
};
export const draft = { 'x-api-key':
