class NovaMedHttp {
  #key: string;
  constructor(key: string) {
    this.#key = key;
  }
  get(path: string) {
    return fetch(`https://feapi.novamed.care${path}`, { headers: { "x-api-key": this.#key } });
  }
}

export const novamed = new NovaMedHttp("{{key:novamed}}");
export const fromEnv = new NovaMedHttp(process.env.NOVAMED_API_KEY ?? "");
export const traced = new NovaMedHttpTrace("{{decoy:uuid}}");
