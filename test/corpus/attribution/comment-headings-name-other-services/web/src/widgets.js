import { MaiAgentClient } from './maiagent-client';

// MaiAgent chat
const apiKey = '{{key:maiagent-opaque}}';
export const chat = new MaiAgentClient({ apiKey, baseUrl: 'https://api.maiagent.ai/api/v1/' });

// Weather widget (OpenWeather)
const API_KEY = '{{decoy:maiagent-opaque}}';
export const weatherUrl = (city) => `/weather?q=${encodeURIComponent(city)}`;
