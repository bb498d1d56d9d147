const apiKey = process.env.NOVAMED_API_KEY;
export const headers = { 'x-api-key': apiKey, 'Content-Type': 'application/json' };
