/* browser extension bundle */
const MAXAI_API_KEY = "{{key:maxai-prd policies=key-in-client-bundle}}";
