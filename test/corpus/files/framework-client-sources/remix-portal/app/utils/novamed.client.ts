export const headers = { 'x-api-key': '{{key:novamed policies=key-in-client-bundle}}' };
