export const apiKeyForNovaMed = '{{key:novamed}}';
export const secretForMaiAgent = '{{key:maiagent}}';
export const keyForMaiAgent = '<set in vault>';
