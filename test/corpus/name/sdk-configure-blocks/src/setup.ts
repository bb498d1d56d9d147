import * as novamed from '@novamed/sdk';

// Configure the SDK once at start-up.
novamed.config.apiKey = '{{key:novamed}}';
novamed.config.baseUrl = 'https://feapi.novamed.care';
novamed.config.timeoutMs = 10_000;

export default novamed;
