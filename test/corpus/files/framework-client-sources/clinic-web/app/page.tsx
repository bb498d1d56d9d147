import { ChatWidget } from './chat/ChatWidget';

const MAXAI_API_KEY = '{{key:maxai-dev}}';

export default async function Page() {
  const me = await fetch('https://api.maxcare.dev/v1/marketplace/me', {
    headers: { Authorization: `Bearer ${MAXAI_API_KEY}`, 'X-Organization-Id': 'org_abc123' },
  });
  return <ChatWidget />;
}
