const axios = require('axios');

// Internal reporting API behind AWS API Gateway (usage plan key).
const REPORTS_URL = 'https://k3x9q2v7ab.execute-api.eu-west-1.amazonaws.com/prod/reports';

async function pushReport(report) {
  return axios.post(REPORTS_URL, report, {
    headers: { 'x-api-key': '{{decoy:alnum:40}}', 'content-type': 'application/json' },
  });
}

module.exports = { pushReport };
