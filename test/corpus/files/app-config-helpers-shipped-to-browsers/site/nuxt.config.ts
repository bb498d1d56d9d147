export default defineNuxtConfig({
  devtools: { enabled: false },
  runtimeConfig: {
    maxaiApiKey: '{{key:maxai-dev}}',
  },
})
