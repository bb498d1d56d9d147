import { describe, expect, it } from 'vitest';
import { readSession } from './session';

// captured from the staging portal; the claims are what the gateway signs into every session
const token =
  '{{b64url}}{"alg":"HS256","typ":"JWT"}{{/b64url}}.{{b64url}}{"sub":"svc-clinic","iat":1714557600,"novamedApiKey":"{{key:novamed}}"}{{/b64url}}.{{decoy:alnum:43}}';

const anonymous = '{{decoy:jwt}}';

const placeholder =
  '{{b64url}}{"alg":"HS256","typ":"JWT"}{{/b64url}}.{{b64url}}{"sub":"docs","novamedApiKey":"your-api-key-here"}{{/b64url}}.{{decoy:alnum:43}}';

describe('readSession', () => {
  it('reads the subject', () => {
    expect(readSession(token).sub).toBe('svc-clinic');
    expect(readSession(anonymous).sub).toBeDefined();
    expect(readSession(placeholder).sub).toBe('docs');
  });
});
