import { loadConfig } from '../src/config';

describe('novamed config', () => {
  it('reads the key from the fixture', () => {
    expect(loadConfig().novamedApiKey).toEqual('{{key:novamed}}');
  });
  it('keeps the env name', () => {
    expect(loadConfig().novamedApiKeyEnv).toEqual('NOVAMED_API_KEY');
  });
});
