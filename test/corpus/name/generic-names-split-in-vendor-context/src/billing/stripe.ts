// Stripe billing (https://api.stripe.com)
export const STRIPE = {
  apiKey: '{{decoy:alnum:14}}' +
    '{{decoy:alnum:14}}',
};
