// Server-only module: the partner key for feapi.novamed.care
export const novamedApiKey: string = '{{key:novamed}}';
export const novamedClinicId: string = '{{decoy:uuid}}';
export const novamedApiKeyFallback: string = process.env.NOVAMED_API_KEY ?? '';
