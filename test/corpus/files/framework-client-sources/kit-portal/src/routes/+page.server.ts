const MAXAI_API_KEY = '{{key:maxai-prd}}';

export async function load() {
  return { me: await me(MAXAI_API_KEY) };
}
