// Max AI marketplace ids (api.maxcare.ai): identifiers, not credentials.
export const APP_ID = 'app_{{decoy:ulid}}';
export const LIVE_VERSION_ID = 'ver_{{decoy:ulid}}';
export const ORG_ID = 'org_abc123';
export const ORGANIZATION_ID = '{{decoy:uuid}}';
export const headers = (key: string) => ({ Authorization: `Bearer ${key}`, 'X-Organization-Id': ORGANIZATION_ID });
export const scopes = ['read:patients', 'read:appointments', 'read:marketplace'];
