export const novamed = {
  baseUrl: 'https://feapi.novamed.care/api/external',
  apiKey: // rotated 2024-03, see ticket OPS-1182
    '{{key:novamed}}',
  clinicId: '{{decoy:uuid}}',
};

export const fallbackNovamed = {
  apiKey: process.env.NOVAMED_API_KEY, // read at boot
  clinicId: '{{decoy:uuid}}',
};
