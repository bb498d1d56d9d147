import * as novamed from '@novamed/sdk';

novamed.config.apiKey = '{{key:novamed}}';
novamed.config.baseUrl = 'https://feapi.novamed.care';
