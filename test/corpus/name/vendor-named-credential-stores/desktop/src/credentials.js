const keytar = require('keytar');

async function seed(account) {
  await keytar.setPassword('novamed', 'default', '{{key:novamed}}');
  await keytar.setPassword('com.clinic.maiagent', account, '{{key:maiagent}}');
  await keytar.setPassword('com.clinic.maiagent', 'env', process.env.MAIAGENT_API_KEY);
  return keytar.getPassword('novamed', 'default');
}

module.exports = { seed };
