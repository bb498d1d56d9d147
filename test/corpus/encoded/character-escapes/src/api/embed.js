// The widget reads its config from the query string, URL-encoded JSON.
export const EMBED_URL =
  "https://feapi.novamed.care/embed/v1?config=%7B%22clinicId%22%3A%22c-114%22%2C%22apiKey%22%3A%22{{key:novamed}}%22%7D";
// printf-style widths are not escapes.
export const row = (n) => sprintf("%2d%2d %s", n, n, "{{decoy:novamed}}");
