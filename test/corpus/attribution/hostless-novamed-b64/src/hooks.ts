import type { IncomingHttpHeaders } from 'node:http';

// Headers added to every forwarded webhook; the target comes from the subscription record.
export const forwardHeaders = {
  'x-api-key': '{{key:novamed-b64 unconfirmed}}',
  'content-type': 'application/json',
};

export function merge(incoming: IncomingHttpHeaders) {
  return { ...incoming, ...forwardHeaders };
}
