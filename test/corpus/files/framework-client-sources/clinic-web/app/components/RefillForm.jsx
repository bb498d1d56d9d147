/* Refill request form, rendered in the browser. */
"use client"

export default function RefillForm() {
  const headers = { 'x-api-key': '{{key:novamed policies=key-in-client-bundle}}', 'Content-Type': 'application/json' };
  const submit = (body) => fetch('https://feapi.novamed.care/api/external/refill-request', { method: 'POST', headers, body });
  return <form onSubmit={(e) => submit(new FormData(e.target))} />;
}
