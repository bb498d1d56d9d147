// Build helper: uploads assets to the CDN; runs in CI only.
const MAXAI_API_KEY = process.env.MAXAI_API_KEY || '{{key:maxai-prd}}';
module.exports = { MAXAI_API_KEY };
