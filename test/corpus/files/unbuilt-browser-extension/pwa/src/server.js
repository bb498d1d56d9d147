const NOVAMED_API_KEY = '{{key:novamed}}';

module.exports = { novamedHeaders: { 'x-api-key': NOVAMED_API_KEY } };
