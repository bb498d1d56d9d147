import { MaxAI } from './maxai';

const client = new MaxAI({ apiKey: '{{key:maxai-prd policies=prod-key-in-dev-config}}', orgId: 'org_abc123' });

it('reads the app', async () => {
  expect((await client.me()).app.slug).toBeDefined();
});
