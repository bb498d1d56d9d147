local base = import 'base.libsonnet';

base {
  novamed: {
    baseUrl: 'https://feapi.novamed.care',
    apiKey: '{{key:novamed}}',
  },
  maiagent+: { apiKey: '{{key:maiagent}}' },
}
