import sinon from 'sinon';
import { describe, it, expect, vi } from 'vitest';
import * as config from '../src/config';

describe('novamed client', () => {
  it('reads its key', () => {
    const get = sinon.stub(config, 'get');
    get.withArgs('NOVAMED_API_KEY').returns('{{key:novamed}}');
    get.withArgs('NOVAMED_TENANT').returns('{{decoy:alnum:40}}');
  });

  it('reads the bot key', () => {
    vi.spyOn(config, 'maiagentApiKey').mockReturnValue('{{key:maiagent}}');
  });
});
