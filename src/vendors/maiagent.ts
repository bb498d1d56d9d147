// MaiAgent: one public API host (private deployments name their own); the account owner regenerates keys.
import type { VendorProfile } from './profile.js';

/** MaiAgent. */
export const maiagent: VendorProfile = {
  id: 'maiagent',
  name: 'MaiAgent',
  origins: { production: ['https://api.maiagent.ai'] },
  perMinute: 120,
  revoke: {
    who: 'the account owner',
    steps: [
      'Sign in to MaiAgent',
      'Open Username → Account → API Key',
      'Regenerate the key and store the new one in a secrets manager',
    ],
  },
};
