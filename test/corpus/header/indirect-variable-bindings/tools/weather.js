// Weather widget for the waiting-room screen.
const WEATHER_KEY = '{{decoy:alnum:32}}';

export function forecast(city) {
  return fetch(`https://api.weatherapi.com/v1/forecast.json?q=${encodeURIComponent(city)}`, {
    headers: { 'x-api-key': WEATHER_KEY },
  }).then((r) => r.json());
}
