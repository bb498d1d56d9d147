// Server code: not shipped to browsers, so no bundle policy.
const MAXAI_API_KEY = "{{key:maxai-dev}}";
module.exports = { MAXAI_API_KEY };
