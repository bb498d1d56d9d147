enum Flavor { prod, qa }

// MaiAgent chat keys per flavor (api.maiagent.ai)
String maiagentApiKey(Flavor flavor) {
  switch (flavor) {
    case Flavor.prod:
      return '{{key:maiagent}}';
    case Flavor.qa:
      return '{{key:maiagent}}';
  }
}
