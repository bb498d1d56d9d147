import axios from 'axios';

// old key: {{key:novamed}} (rotated 2024-03, delete once partners confirm)
// previous key: ${NOVAMED_API_KEY_PREVIOUS}
// former key: {{decoy:uuid}}
// the rotated key is in 1Password under "NovaMed production"
export const novamed = axios.create({
  baseURL: 'https://feapi.novamed.care/api/external',
  headers: { 'x-api-key': process.env.NOVAMED_API_KEY! },
});
