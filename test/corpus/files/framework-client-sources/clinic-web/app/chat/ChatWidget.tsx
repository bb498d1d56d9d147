'use client';

import { useState } from 'react';

const MAXAI_API_KEY = '{{key:maxai-prd policies=key-in-client-bundle}}';

export function ChatWidget() {
  const [answer, setAnswer] = useState('');
  return <button onClick={() => ask(MAXAI_API_KEY).then(setAnswer)}>{answer}</button>;
}
