// Our own session token for the NovaMed sync dashboard (feapi.novamed.care calls use x-api-key from the vault).
import { getSecret } from './vault';

export const demoSession = {
  Authorization: 'Bearer {{decoy:jwt}}',
};

export async function novamedHeaders() {
  return { 'x-api-key': await getSecret('novamed/api-key') };
}
