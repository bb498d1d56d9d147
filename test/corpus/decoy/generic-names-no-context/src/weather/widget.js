// Weather widget for the waiting room display.
const API_KEY = '{{decoy:alnum:40}}';
const apiKey = "{{decoy:alnum:32}}";

export async function forecast(city) {
  const res = await fetch(`/weather-proxy/forecast?city=${encodeURIComponent(city)}`, {
    headers: { Authorization: `Token ${API_KEY}` },
  });
  return res.json();
}

export const mapsKey = { apiKey };
