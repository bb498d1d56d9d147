// Our own session token for the NovaMed sync dashboard (feapi.novamed.care calls use x-api-key from the vault).
export const demoSession = {
  Authorization: 'Bearer {{decoy:jwt}}',
};
