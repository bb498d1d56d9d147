// NovaMed refill client (feapi.novamed.care)
const xApiKey = '{{key:novamed}}';
const X_API_KEY_HEADER = 'x-api-key';

module.exports = { headers: () => ({ [X_API_KEY_HEADER]: xApiKey }) };
