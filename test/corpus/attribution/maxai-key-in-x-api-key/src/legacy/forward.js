// A mistake from the first integration: the Max AI key was sent in NovaMed's header.
export const headers = {
  'x-api-key': '{{key:maxai-prd}}',
  origin: 'https://feapi.novamed.care',
};
