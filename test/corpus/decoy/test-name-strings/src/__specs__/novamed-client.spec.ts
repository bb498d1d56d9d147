import { describe, expect, it } from 'vitest';
import { buildHeaders } from '../novamed-client';

describe('NovaMed client x-api-key header', () => {
  it('sends the x-api-key header from NOVAMED_API_KEY', () => {
    const headers = buildHeaders({ apiKey: process.env.NOVAMED_API_KEY_FOR_SPECS! });
    expect(headers['x-api-key']).toBe(process.env.NOVAMED_API_KEY_FOR_SPECS);
  });

  it('rejects a MAIAGENT_API_KEY without the Api-Key scheme', () => {
    expect(() => buildHeaders({ apiKey: '' })).toThrow('NOVAMED_API_KEY is required');
  });

  it.each(['x-api-key', 'X-Api-Key', 'X-API-KEY'])('accepts header spelling %s', (name) => {
    expect(name.toLowerCase()).toBe('x-api-key');
  });
});
