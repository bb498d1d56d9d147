export interface Env {
  MAXAI_API_URL: string;
  MAXAI_API_KEY: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    return fetch(`${env.MAXAI_API_URL}${url.pathname}`, {
      headers: { Authorization: `Bearer ${env.MAXAI_API_KEY}`, 'X-Organization-Id': 'org_demo' },
    });
  },
};
