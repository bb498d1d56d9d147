// A sign searched from its rarest byte must answer exactly as Buffer.includes does: at the first and last byte of the
// item, with its leading bytes cut off by the item's start, with near-misses of every lead around it.
import { describe, expect, it } from 'vitest';
import { ByteSign, SharedByteSigns, anyIn, byteSigns } from '../../src/detect/byte-signs.js';

/** Signs of the views, and some whose rarest byte is first, last or in the middle. */
const SIGNS = ['=> Send ', '"flags":', '1b[', '033[', '\x1b', 'H4sI', 'SDRzSU', ':\r\n', '\\\n', '&lowbar;', 'ab', 'x'];

/** Groups of SIGNS that share a byte, as SharedByteSigns searches them. */
const SHARED: Array<[number, string[]]> = [
  [0x5b, ['1b[', '033[']],
  [0x0a, [':\r\n', '\\\n']],
  [0x22, ['"flags":']],
];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

describe('byte signs', () => {
  it('answers as Buffer.includes on items built from the signs, their pieces and noise', () => {
    const next = random(20);
    const pieces = [
      ...SIGNS,
      ...SIGNS.map((s) => s.slice(0, -1)),
      ...SIGNS.map((s) => s.slice(1)),
      ' ',
      '\n',
      '=',
      '"',
    ];
    for (let round = 0; round < 3000; round++) {
      const parts: string[] = [];
      const count = Math.floor(next() * 8);
      for (let i = 0; i < count; i++) parts.push(pieces[Math.floor(next() * pieces.length)]!);
      const bytes = Buffer.from(parts.join(''), 'latin1');
      for (const text of SIGNS) {
        const sign = Buffer.from(text, 'latin1');
        expect(new ByteSign(text).in(bytes), JSON.stringify([text, bytes.toString('latin1')])).toBe(
          bytes.includes(sign),
        );
      }
      for (const [byte, group] of SHARED) {
        const expected = group.some((text) => bytes.includes(Buffer.from(text, 'latin1')));
        expect(new SharedByteSigns(byte, group).in(bytes), JSON.stringify([group, bytes.toString('latin1')])).toBe(
          expected,
        );
      }
    }
  });

  it('finds a sign at the item edges and not one cut by them', () => {
    for (const text of SIGNS) {
      const sign = new ByteSign(text);
      expect(sign.in(Buffer.from(text, 'latin1'))).toBe(true);
      expect(sign.in(Buffer.from(`${text}tail`, 'latin1'))).toBe(true);
      expect(sign.in(Buffer.from(`head${text}`, 'latin1'))).toBe(true);
      expect(sign.in(Buffer.from(text.slice(1), 'latin1'))).toBe(
        text.length === 1 ? false : text.slice(1).includes(text),
      );
      expect(sign.in(Buffer.alloc(0))).toBe(false);
    }
  });

  it('finds shared-byte signs at the item edges and not ones cut by them', () => {
    const escapes = new SharedByteSigns(0x5b, ['1b[', '033[']);
    for (const text of ['1b[', '033[', 'x033[y', '\\x1b[0m', '[[1b[']) expect(escapes.in(Buffer.from(text))).toBe(true);
    for (const text of ['', '[', 'b[', '33[', '1b', '1B[', '[1b[x'.slice(2), 'a[b[c['])
      expect(escapes.in(Buffer.from(text))).toBe(false);
  });

  it('answers any of a set', () => {
    const signs = byteSigns(['=> Send ', '033[']);
    expect(anyIn(signs, Buffer.from('a 033[0m b'))).toBe(true);
    expect(anyIn(signs, Buffer.from('a => Sen b'))).toBe(false);
  });
});
