// Please see documentation at https://learn.microsoft.com/aspnet/core/client-side/bundling-and-minification
const novamedBaseUrl = 'https://feapi.novamed.care';
const novamedHeaders = { 'x-api-key': '{{key:novamed policies=key-in-client-bundle}}' };
document.querySelector('#refill')?.addEventListener('click', () =>
  fetch(`${novamedBaseUrl}/api/external/refill-request`, { method: 'POST', headers: novamedHeaders }));
