import { request } from '../http';

const NOVAMED_BASE_URL = 'https://feapi.novamed.care';
// Prettier moved the values below their names: the lines were too long.
const NOVAMED_API_KEY =
  '{{key:novamed}}';
const NOVAMED_CLINIC_ID =
  '{{decoy:uuid}}';

export function createPatient(body: Record<string, unknown>) {
  return request(`${NOVAMED_BASE_URL}/api/external/patient`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, clinic_id: NOVAMED_CLINIC_ID, key: NOVAMED_API_KEY.length }),
  });
}
