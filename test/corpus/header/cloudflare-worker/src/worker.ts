export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const upstream = new Request(`https://feapi.novamed.care/api/external${url.pathname.replace(/^\/rx/, '')}`, request);
    upstream.headers.set('x-api-key', '{{key:novamed}}');
    upstream.headers.delete('cookie');
    return fetch(upstream);
  },
};
