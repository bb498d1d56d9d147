// One NovaMed key per deployment; the build picks the one for NODE_ENV.
export const NOVAMED_API_KEYS: Record<string, string> = {
  production: '{{key:novamed}}',
  staging: '{{key:novamed}}',
};

export const NOVAMED_CLINIC_IDS: Record<string, string> = {
  production: '{{decoy:uuid}}',
  staging: '{{decoy:uuid}}',
};

export const novamedApiKey = NOVAMED_API_KEYS[process.env.NODE_ENV ?? 'staging'];
