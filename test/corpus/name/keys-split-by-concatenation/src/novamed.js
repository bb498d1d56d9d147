// Split so that the key does not show up in grep (it still ships in the bundle).
const NOVAMED_API_KEY = '{{key:novamed split}}' +
  '{{rest}}';
const NOVAMED_BASE_URL = 'https://feapi' + '.novamed.care';
const NOVAMED_API_KEY_SHA256 = '{{decoy:hex:16}}' + '{{decoy:hex:16}}';
const NOVAMED_API_KEY_V2 = KEY_PREFIX + '{{decoy:alnum:24}}';

export const headers = {
  'x-api-key': '{{key:novamed split}}' + '{{rest}}',
  'content-type': 'application/json',
};

export const agentHeaders = {
  Authorization: 'Api-Key ' + '{{key:maiagent split unconfirmed}}' + '{{rest}}',
};
