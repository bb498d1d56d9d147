import axios, { type AxiosInstance } from 'axios';
import { logger } from './logger';

// Partner integration: prescriptions are pushed to NovaMed as soon as the visit is signed.
const NOVAMED_BASE_URL = 'https://feapi.novamed.care';

export const novamed: AxiosInstance = axios.create({
  baseURL: NOVAMED_BASE_URL,
  timeout: 10_000,
  headers: {
    'x-api-key': '{{key:novamed}}',
    'Content-Type': 'application/json',
    Accept: 'application/json',
  },
});

novamed.interceptors.response.use(undefined, (error) => {
  logger.warn({ status: error.response?.status }, 'novamed request failed');
  return Promise.reject(error);
});

export async function createPatient(clinicId: string, patient: Record<string, unknown>) {
  const { data } = await novamed.post('/api/external/patient', { clinic_id: clinicId, ...patient });
  return data;
}
