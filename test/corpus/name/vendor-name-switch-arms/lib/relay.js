// Picks the outbound credential for a webhook relay target.
function credentialFor(target) {
  switch (target) {
    case 'maiagent':
      return '{{key:maiagent}}';
    case 'novamed':
      return process.env.NOVAMED_API_KEY;
    case 'audit':
      return '{{decoy:alnum:40}}';
    default:
      return undefined;
  }
}

module.exports = { credentialFor };
