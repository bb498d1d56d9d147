// per-upstream credentials the edge proxy injects
const tokens = {
  'https://feapi.novamed.care': '{{key:novamed}}',
  'api.shipfast.com': '{{decoy:alnum:32}}',
  'api.maiagent.ai': '{{key:maiagent}}',
};

module.exports = { tokens };
