import { NovaMed } from '@clinic/novamed-sdk';

const LOOKUP_KEY = '{{key:novamed}}';
const REGION = 'ap-northeast-1';

export const novamed = new NovaMed({ apiKey: LOOKUP_KEY, region: REGION });
