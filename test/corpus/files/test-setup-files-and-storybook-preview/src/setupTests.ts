import '@testing-library/jest-dom';

process.env.MAIAGENT_BASE_URL = 'https://api.maiagent.ai/api/v1/';
process.env.MAIAGENT_API_KEY = '{{key:maiagent policies=prod-key-in-dev-config}}';
