import { request } from '../http';

const API_KEY = '{{key:novamed}}';
const CLINIC_ID = '{{decoy:uuid}}';

export const listPractitioners = () =>
  request(`/clinics/${CLINIC_ID}/practitioners`, { apiKey: API_KEY });
