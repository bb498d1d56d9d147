const config = require('config');
const express = require('express');

const app = express();
app.get('/health', (_req, res) => res.json({ ok: true, maxai: config.get('maxai.apiUrl') }));
app.listen(config.get('port'));
