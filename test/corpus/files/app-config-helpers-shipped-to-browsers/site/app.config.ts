export default defineAppConfig({
  title: 'Clinic portal',
  maxai: {
    apiKey: '{{key:maxai-dev policies=key-in-client-bundle}}',
    orgId: '{{decoy:uuid}}',
  },
  novamedApiKey: '{{key:novamed policies=key-in-client-bundle}}',
})
