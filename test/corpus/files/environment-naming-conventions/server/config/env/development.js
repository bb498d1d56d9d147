'use strict';

module.exports = {
  db: { uri: 'mongodb://localhost/clinic-dev' },
  maxai: {
    apiKey: '{{key:maxai-prd policies=prod-key-in-dev-config}}',
    orgId: 'org_demo',
  },
};
