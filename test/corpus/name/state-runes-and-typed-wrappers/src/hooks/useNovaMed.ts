import { useState } from 'react';

// NovaMed booking (https://feapi.novamed.care/api/external)
export function useNovaMed() {
  const [apiKey, setApiKey] = useState<string>('{{key:novamed}}');
  const [clinicId] = useState<string>('{{decoy:uuid}}');
  return { apiKey, setApiKey, clinicId };
}
