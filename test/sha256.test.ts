// The fingerprint's SHA-256 must give node:crypto's digest byte for byte: fingerprints are kept in baselines and
// reports, and a different digest would make every known finding new.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../src/fingerprint.js';
import { sha256Hex } from '../src/sha256.js';

const reference = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('sha256Hex', () => {
  it('gives the published digests of the FIPS 180-4 examples', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals node:crypto at every length around the block and padding edges', () => {
    for (let length = 0; length <= 300; length++) {
      const text = 'k'.repeat(length);
      expect(sha256Hex(text), `length ${length}`).toBe(reference(text));
    }
  });

  it('equals node:crypto on random text of every plane, lone surrogates and NULs included', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('\0', '\ud800', '\udfff'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 400,
    });
    fc.assert(
      fc.property(text, (s) => {
        expect(sha256Hex(s)).toBe(reference(s));
      }),
      { seed: 19, numRuns: 2000 },
    );
  });

  it('keeps the fingerprint format: the first 32 hex digits of the digest of the rule and the secret', () => {
    const secret = 'max_prd_' + 'ak_' + 'Qx7b'.repeat(8);
    expect(fingerprintOf('maxai-prod-key', secret)).toBe(
      reference(`keylint/v1\0maxai-prod-key\0${secret}`).slice(0, 32),
    );
  });
});
