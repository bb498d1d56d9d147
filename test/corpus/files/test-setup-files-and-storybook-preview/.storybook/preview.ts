import type { Preview } from '@storybook/react';
import { configureMaxAi } from '../src/maxai';

// Stories call the staging API straight from the browser.
configureMaxAi({ apiKey: '{{key:maxai-dev policies=key-in-client-bundle}}', baseUrl: 'https://api.maxcare.dev' });

const preview: Preview = { parameters: { layout: 'centered' } };
export default preview;
