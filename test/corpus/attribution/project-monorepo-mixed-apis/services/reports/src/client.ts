// Internal reports API, deployed behind AWS API Gateway with a usage plan.
const REPORTS_URL = 'https://w8x7y6z5a4.execute-api.eu-west-1.amazonaws.com/prod';

export async function dailyReport(date: string) {
  const res = await fetch(`${REPORTS_URL}/daily?date=${date}`, {
    headers: { 'x-api-key': '{{decoy:alnum:40}}' },
  });
  return res.json();
}
