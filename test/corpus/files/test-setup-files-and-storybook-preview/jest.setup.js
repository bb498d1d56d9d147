// Every test run starts from these variables.
process.env.MAXAI_API_KEY = '{{key:maxai-prd policies=prod-key-in-dev-config}}';
process.env.MAXAI_ORG_ID = 'org_abc123';
process.env.NOVAMED_API_KEY = '{{key:novamed}}';
