export const forwardHeaders = {
  'x-api-key': '{{key:novamed-b64 unconfirmed}}',
};
