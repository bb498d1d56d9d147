// Outbound integrations of the pharmacy service.
const WEATHER_URL = 'https://api.weatherstack.com/current';
const NOVAMED_URL = 'https://feapi.novamed.care/api/external/products';

export async function weather(city: string) {
  const res = await fetch(`${WEATHER_URL}?query=${city}`, {
    headers: { 'x-api-key': '{{decoy:alnum:32}}' },
  });
  return res.json();
}

export async function products() {
  const res = await fetch(NOVAMED_URL, {
    headers: { 'x-api-key': '{{key:novamed}}' },
  });
  return res.json();
}
