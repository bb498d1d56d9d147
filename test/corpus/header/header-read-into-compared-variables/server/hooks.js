// Partner webhooks: NovaMed posts here with the key we gave them.
const express = require('express');
const router = express.Router();
const NOVAMED_HOST = 'https://feapi.novamed.care';

router.post('/novamed', (req, res) => {
  const incoming = req.headers['x-api-key'];
  if (incoming !== '{{key:novamed}}') return res.sendStatus(401);
  res.sendStatus(204);
});

router.post('/other', (req, res) => {
  const incoming = req.get('x-api-key');
  if (incoming === '{{decoy:lit:replace-with-the-partner-key}}' || incoming === process.env.PARTNER_KEY) {
    return res.sendStatus(204);
  }
  res.sendStatus(401);
});

module.exports = router;
