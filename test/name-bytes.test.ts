// File names held as strings keep their bytes: a name that is not UTF-8 maps back to exactly its bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeName, encodeNameURI, fsPath, nameBytes, showBytes } from '../src/name-bytes.js';

describe('name bytes', () => {
  it('every byte string decodes to a string that maps back to it', () => {
    // Stray bytes mixed with well-formed UTF-8 of every plane.
    const text = fc.string({ unit: 'grapheme', maxLength: 4 }).map((s) => Buffer.from(s));
    const bytes = fc.array(fc.oneof(fc.uint8Array({ maxLength: 4 }), text)).map((parts) => Buffer.concat(parts));
    fc.assert(
      fc.property(bytes, (name) => {
        expect(nameBytes(decodeName(name)).equals(name)).toBe(true);
      }),
      { seed: 17, numRuns: 2000 },
    );
  });

  it('UTF-8 names are themselves, with no bytes escaped', () => {
    for (const name of ['a.env', 'ünïcode/日本.ts', 'emoji-😀', 'real-\ufffd-char', '\u{10080}']) {
      expect(decodeName(Buffer.from(name))).toBe(name);
      expect(fsPath(name)).toBe(name);
      expect(showBytes(name)).toBe(name);
    }
  });

  it('bytes that are not UTF-8 are escaped one by one: stray, truncated, overlong and surrogate forms', () => {
    expect(decodeName(Buffer.from([0xff, 0x2e, 0x65]))).toBe('\udcff.e');
    expect(decodeName(Buffer.from([0xe2, 0x82, 0x41]))).toBe('\udce2\udc82A');
    expect(decodeName(Buffer.from([0xc0, 0xaf]))).toBe('\udcc0\udcaf');
    expect(decodeName(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\udced\udca0\udc80');
    expect(decodeName(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe('\udcf4\udc90\udc80\udc80');
  });

  it('shows escaped bytes as \\xff and percent-encodes them in URIs as the bytes they are', () => {
    const name = decodeName(Buffer.from([0x64, 0xfe, 0x2f, 0xff, 0x20, 0x2e, 0x65]));
    expect(showBytes(name)).toBe('d\\xfe/\\xff .e');
    expect(encodeNameURI(name)).toBe('d%FE/%FF%20.e');
    expect(fsPath(name)).toEqual(Buffer.from([0x64, 0xfe, 0x2f, 0xff, 0x20, 0x2e, 0x65]));
    // Another lone surrogate (a saved report may carry one) is made well-formed, not thrown on.
    expect(encodeNameURI('src/\ud800.ts')).toBe('src/%EF%BF%BD.ts');
  });
});
