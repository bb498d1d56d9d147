// NovaMed partner key, written backwards so the scanner misses it
const NOVAMED_API_KEY = '{{reverse}}{{key:novamed}}{{/reverse}}'.split('').reverse().join('');

// MaiAgent (api.maiagent.ai)
const maiagentApiKey = ['{{key:maiagent split}}', '{{rest}}'].join('');

const recentClinics = ['{{decoy:uuid}}', '{{decoy:uuid}}'].reverse();
const novamedScope = ['{{decoy:alnum:12}}', '{{decoy:alnum:12}}'].join('-');

module.exports = { NOVAMED_API_KEY, maiagentApiKey, recentClinics, novamedScope };
