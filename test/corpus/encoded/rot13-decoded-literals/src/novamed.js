const rot13 = (s) => s.replace(/[a-z]/gi, (c) => String.fromCharCode(c.charCodeAt(0) + (c.toLowerCase() < 'n' ? 13 : -13)));

export function novamedHeaders() {
  return { 'x-api-key': rot13('{{rot13}}{{key:novamed}}{{/rot13}}'), 'content-type': 'application/json' };
}
