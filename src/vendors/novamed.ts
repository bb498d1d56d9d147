// NovaMed: keys are issued and revoked by hand; one production and two development hosts.
import type { VendorProfile } from './profile.js';

/** NovaMed. */
export const novamed: VendorProfile = {
  id: 'novamed',
  name: 'NovaMed',
  origins: {
    production: ['https://feapi.novamed.care'],
    development: ['https://novamed-feapidev.stackmod.info', 'https://novamed-feapidev.nimbushealthcaretest.com'],
  },
  perMinute: 120,
  revoke: {
    who: 'NovaMed (keys are issued by hand)',
    steps: [
      'Email api@nimbus-os.com asking NovaMed to revoke and reissue the key',
      'Quote the fingerprint and last 4 characters below, never the key',
      'Store the reissued key in a secrets manager',
    ],
  },
};
