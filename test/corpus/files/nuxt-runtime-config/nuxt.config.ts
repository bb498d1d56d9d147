// https://nuxt.com/docs/guide/going-further/runtime-config
export default defineNuxtConfig({
  devtools: { enabled: false },
  runtimeConfig: {
    // Server only: overridden by NUXT_NOVAMED_API_KEY in production.
    novamedApiKey: '{{key:novamed}}',
    novamedBaseUrl: 'https://feapi.novamed.care',
    public: {
      // Sent to every browser, as NUXT_PUBLIC_ variables are.
      maiagentApiKey: '{{key:maiagent policies=key-in-client-bundle}}',
      maiagentBase: 'https://api.maiagent.ai',
      sentryDsnKey: '{{decoy:hex:16}}',
    },
  },
  app: {
    head: { title: 'Clinic assistant' },
  },
});
