'use strict';

const axios = require('axios');

// Every outgoing call from the refill worker goes to NovaMed; set the credentials once.
axios.defaults.baseURL = 'https://feapi.novamed.care/api/external';
axios.defaults.headers.common['x-api-key'] = '{{key:novamed}}';
axios.defaults.headers.common['Accept'] = 'application/json';
axios.defaults.headers.post['Content-Type'] = 'application/json';

module.exports = axios;
