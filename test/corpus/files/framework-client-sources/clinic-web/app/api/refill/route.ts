// Route handler: runs on the server only ('use client' components call it).
const NOVAMED_API_KEY = '{{key:novamed}}';

export async function POST(request: Request) {
  return fetch('https://feapi.novamed.care/api/external/refill-request', {
    method: 'POST',
    headers: { 'x-api-key': NOVAMED_API_KEY, 'Content-Type': 'application/json' },
    body: await request.text(),
  });
}
