// Billing talks to the payment processor only.
export const config = {
  apiKey: '{{decoy:alnum:32}}',
  endpoint: 'https://payments.internal/v2',
};
