'use strict';

class NovaMedClient {
  constructor(clinicId) {
    this.clinicId = clinicId;
    this.token = '{{key:novamed}}';
    this.baseUrl = 'https://feapi.novamed.care/api/external';
  }
}

class StripeBilling {
  constructor() {
    this.key = '{{decoy:alnum:40}}';
  }
}

module.exports = { NovaMedClient, StripeBilling };
