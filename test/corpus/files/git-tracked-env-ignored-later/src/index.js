require('dotenv').config();
const { createServer } = require('./server');

createServer({ novamedKey: process.env.NOVAMED_API_KEY }).listen(3000);
