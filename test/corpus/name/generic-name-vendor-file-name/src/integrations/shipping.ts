import { request } from '../http';

const API_KEY = '{{decoy:alnum:32}}';

export const track = (id: string) => request(`/track/${id}`, { apiKey: API_KEY });
