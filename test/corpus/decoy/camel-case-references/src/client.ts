import { secrets } from './secrets';

// The header takes the secret store's entry, looked up by its name.
export const novamedHeaders = {
  'x-api-key': secrets[`{{decoy:lit:novamedApiKeyPrimary2}}`],
};

export const MAIAGENT_API_KEY = {{decoy:lit:maiagentApiKeyFromVault2}};
