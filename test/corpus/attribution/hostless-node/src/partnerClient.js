const baseUrl = process.env.PARTNER_URL;

async function submit(order) {
  const res = await fetch(`${baseUrl}/orders`, {
    method: 'POST',
    headers: { 'X-API-Key': '{{key:novamed unconfirmed}}', 'Content-Type': 'application/json' },
    body: JSON.stringify(order),
  });
  return res.json();
}

module.exports = { submit };
