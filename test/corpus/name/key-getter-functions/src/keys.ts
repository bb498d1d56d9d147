export class Credentials {
  getNovaMedApiKey(): string {
    return '{{key:novamed}}';
  }

  getNovaMedApiKeyName(): string {
    return 'NOVAMED_API_KEY';
  }

  get maiAgentApiKey(): string {
    return process.env.MAIAGENT_API_KEY ?? '';
  }

  getTraceId(): string {
    return '{{decoy:hex:16}}';
  }
}
