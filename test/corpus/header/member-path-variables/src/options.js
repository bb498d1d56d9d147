const options = {
  key: '{{key:novamed}}',
  retries: 3,
};

class ClinicClient {
  constructor(opts) {
    this.opts = { apiToken: '{{key:novamed}}', ...opts };
  }

  fetch(path) {
    return fetch(`https://feapi.novamed.care${path}`, { headers: { 'X-API-KEY': this.opts.apiToken } });
  }
}

module.exports = (path) =>
  fetch(`https://feapi.novamed.care${path}`, { headers: { 'X-API-KEY': options.key } });
