// Server-only output: runs in Node, never downloaded by browsers.
const MAXAI_API_KEY = "{{key:maxai-dev}}";
export { MAXAI_API_KEY };
