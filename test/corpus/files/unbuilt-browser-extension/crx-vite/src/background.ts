const MAXAI_API_KEY = '{{key:maxai-dev policies=key-in-client-bundle}}';

export const maxaiHeaders = { Authorization: `Bearer ${MAXAI_API_KEY}`, 'X-Organization-Id': 'org_demo' };
