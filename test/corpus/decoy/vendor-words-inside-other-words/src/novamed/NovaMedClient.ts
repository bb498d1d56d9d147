// The pharmacy's own NovaMed client, beside the directory sync.
export class NovaMedClient {
  private readonly apiKey = "{{key:novamed}}";

  headers() {
    return { 'x-api-key': this.apiKey, 'Content-Type': 'application/json' };
  }
}
