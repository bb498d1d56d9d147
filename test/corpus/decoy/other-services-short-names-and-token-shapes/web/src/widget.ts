// MaiAgent chat widget beside the store map (https://api.maiagent.ai)
import mapboxgl from 'mapbox-gl';

mapboxgl.accessToken = 'pk.eyJ1Ijoi{{decoy:alnum:20}}.{{decoy:alnum:22}}';
export const config = { accessToken: 'sk.eyJ1Ijoi{{decoy:alnum:20}}.{{decoy:alnum:22}}', style: 'streets-v12' };

// the GLM fallback model
const fallback = { apiKey: '{{decoy:hex:32}}.{{decoy:alnum:16}}', baseURL: 'https://open.bigmodel.cn/api/paas/v4/' };
export const apiKey = '{{decoy:hex:32}}.{{decoy:alnum:16}}';
export const tfToken = '{{decoy:alnum:14}}.atlasv1.{{decoy:alnum:60}}';

export function headers(key: string) {
  return { Authorization: `Api-Key ${key}` };
}
