// MaiAgent answers in our community server and files tickets (https://api.maiagent.ai)
export const token = 'MTk4NjIy{{decoy:alnum:18}}.{{decoy:alnum:6}}.{{decoy:alnum:27}}';
const base = { apiKey: 'pat{{decoy:alnum:14}}.{{decoy:hex:64}}', table: 'Tickets' };

export function maiagentHeaders(key: string) {
  return { Authorization: `Api-Key ${key}` };
}
