'use strict';

// Server code: not shipped to browsers, so no bundle policy.
const MAXAI_API_KEY = "{{key:maxai-dev}}";
const MAXAI_API_URL = 'https://api.maxcare.dev/v1';

module.exports = { MAXAI_API_KEY, MAXAI_API_URL };
