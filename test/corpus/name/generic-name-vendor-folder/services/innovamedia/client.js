const API_KEY = '{{decoy:alnum:40}}';
module.exports = { headers: { Authorization: `Token ${API_KEY}` } };
