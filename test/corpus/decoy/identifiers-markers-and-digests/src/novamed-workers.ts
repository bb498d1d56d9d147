// NovaMed sync workers (https://feapi.novamed.care): each job names the worker class that runs it.
export const jobs = {
  patients: { token: '{{decoy:lit:NovaMedPatientSyncWorker2}}', every: '5m' },
  refills: { token: '{{decoy:lit:HandleNovaMedRefillRequestCreatedV2Event}}', every: '1m' },
  webhooks: { apiKey: '{{decoy:lit:PractitionerCreatedWebhookHandlerV2}}' },
};

export const headers = { 'x-api-key': '{{decoy:lit:NovaMedApiKeyProductionRotation2024Q3}}' };
