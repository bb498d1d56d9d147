'use strict';

module.exports = {
  db: { uri: process.env.MONGODB_URI },
  maxai: {
    apiKey: '{{key:maxai-prd}}',
    orgId: 'org_demo',
  },
};
