import Stripe from 'stripe';

// old key: {{decoy:novamed}} (test mode, rotated)
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });
