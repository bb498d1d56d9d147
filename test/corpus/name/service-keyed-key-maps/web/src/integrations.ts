// Server-side integration registry.
export const integrations = {
  timeoutMs: 10_000,
  keys: {
    novamed: '{{key:novamed}}',
    maiagent: process.env.MAIAGENT_API_KEY ?? '',
  },
  tenants: {
    novamed: '{{decoy:uuid}}',
  },
};
