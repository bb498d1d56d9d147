import { Configuration } from '@acme/payments-openapi';

export const payments = new Configuration({
  basePath: 'https://api.stripe.com',
  apiKey: async (name: string) => '{{decoy:novamed}}',
});
