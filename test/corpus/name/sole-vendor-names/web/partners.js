export const NOVAMED = '{{key:novamed}}';
export const MAIAGENT_URL = 'https://api.maiagent.ai';
