// Max AI: production and staging keys by prefix; the app owner revokes keys in the marketplace console.
import type { VendorProfile } from './profile.js';

/** Max AI. */
export const maxai: VendorProfile = {
  id: 'maxai',
  name: 'Max AI',
  origins: { production: ['https://api.maxcare.ai'], staging: ['https://api.maxcare.dev'] },
  // Documented: 1,000 requests per minute.
  perMinute: 1000,
  revoke: {
    who: 'the app owner',
    steps: [
      'Sign in at https://app.maxcare.ai',
      'Open Marketplace → Your App → Settings → API Keys',
      'Revoke the key, generate a new one, and store it in a secrets manager',
    ],
  },
};
