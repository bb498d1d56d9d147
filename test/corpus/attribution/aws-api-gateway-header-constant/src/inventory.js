// Inventory lookups go through our own API Gateway stage; the usage-plan key is not a vendor key.
const axios = require('axios');

const GATEWAY = 'https://k3x9abcd12.execute-api.eu-west-1.amazonaws.com/prod';
const API_KEY_HEADER = 'x-api-key';

const gateway = axios.create({ baseURL: GATEWAY });
gateway.defaults.headers.common[API_KEY_HEADER] = '{{decoy:novamed}}';

async function stock(sku) {
  const { data } = await gateway.get(`/stock/${sku}`, { headers: { [API_KEY_HEADER]: '{{decoy:novamed}}' } });
  return data;
}

module.exports = { stock };
