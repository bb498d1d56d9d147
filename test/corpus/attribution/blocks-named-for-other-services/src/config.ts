export const config = {
  novamed: {
    baseUrl: 'https://feapi.novamed.care',
    credentials: {
      apiKey: '{{key:novamed}}',
    },
  },
  resend: {
    apiKey: '{{decoy:novamed}}',
  },
  turso: {
    url: 'libsql://clinic-db.example.turso.io',
    authToken: '{{decoy:novamed}}',
  },
};
