// Max AI needs the clinic's organisation on every call; NovaMed needs clinic_id in bodies.
export const maxHeaders = (token: string) => ({
  Authorization: `Bearer ${token}`,
  'X-Organization-Id': '{{decoy:uuid}}',
});

export const novamedBody = { clinic_id: '{{decoy:uuid}}', first_name: 'John' };
export const NOVAMED_CLINIC_ID = '{{decoy:uuid}}';
export const traceId = '{{decoy:uuid}}';
export const requestId = '{{decoy:hex:32}}';
