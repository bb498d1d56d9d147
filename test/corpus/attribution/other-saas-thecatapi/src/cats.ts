// Waiting-room screen: a random cat picture.
const CAT_API = 'https://api.thecatapi.com/v1/images/search';

export async function randomCat() {
  const res = await fetch(CAT_API, { headers: { 'x-api-key': 'live_{{decoy:alnum:60}}' } });
  return (await res.json())[0]?.url;
}
