// File names are bytes; keylint holds them as strings. A name that is not UTF-8 (`\xff.env`, written by
// anyone who can commit a file) must still be opened and reported, so each byte that is not part of a UTF-8
// sequence is held as the lone surrogate U+DC80 + (byte - 0x80), as Python's `surrogateescape` does. UTF-8
// has no surrogates, so the string maps back to exactly the bytes it came from, survives JSON (`\udcff`) and
// crosses to workers unchanged; only where a name is opened, shown or put in a URI does it need care.

/** An escaped byte: a lone surrogate of U+DC80..U+DCFF (with the u flag, half of a pair never matches). */
const ESCAPED_BYTE = /[\udc80-\udcff]/u;
const ESCAPED_BYTES = /[\udc80-\udcff]/gu;

/** `bytes` as UTF-8, with every byte that is not part of a well-formed sequence escaped (see above). */
export function decodeName(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = buffer.toString('utf8');
  // Node decodes a bad byte as U+FFFD: its absence means the name was UTF-8 (nearly always).
  if (!whole.includes('\ufffd')) return whole;
  let out = '';
  let start = 0;
  for (let at = 0; at < buffer.length; ) {
    const length = sequenceLength(buffer, at);
    if (length > 0) {
      at += length;
      continue;
    }
    out += buffer.toString('utf8', start, at) + String.fromCharCode(0xdc00 + buffer[at]!);
    start = ++at;
  }
  return out + buffer.toString('utf8', start);
}

/** The name to give `fs`: the string itself, or its bytes when it holds escaped bytes. */
export function fsPath(name: string): string | Buffer {
  return ESCAPED_BYTE.test(name) ? nameBytes(name) : name;
}

/** The bytes a name stands for: UTF-8, escaped bytes restored. */
export function nameBytes(name: string): Buffer {
  const parts: Buffer[] = [];
  let start = 0;
  for (const match of name.matchAll(ESCAPED_BYTES)) {
    parts.push(Buffer.from(name.slice(start, match.index), 'utf8'), Buffer.of(match[0].charCodeAt(0) - 0xdc00));
    start = match.index + 1;
  }
  parts.push(Buffer.from(name.slice(start), 'utf8'));
  return Buffer.concat(parts);
}

/**
 * Characters that change how a name reads without showing themselves. Bidirectional controls (the Trojan Source
 * characters): a name holding U+202E is shown reversed after it in a terminal, a browser or GitHub:
 * `invoice\u202egpj.env` showed as `invoicevne.jpg`, not the file holding the key. The other format characters
 * (zero-width spaces and joiners, U+2060-U+2064, the byte-order mark, soft hyphen, tag characters) and the line and
 * paragraph separators are invisible: `.env\u200b` showed as `.env`, sending a reviewer to the wrong file.
 */
const INVISIBLE = /[\p{Cf}\u2028\u2029]/gu;
const SHOWN_ESCAPED = /[\udc80-\udcff\p{Cf}\u2028\u2029]/u;

/**
 * `text` for formats that show names to people: each escaped byte shown as `\xff`, each invisible character as
 * `\u202e` (`\u{e0041}` past U+FFFF).
 */
export function showBytes(text: string): string {
  if (!SHOWN_ESCAPED.test(text)) return text;
  return text
    .replace(ESCAPED_BYTES, (ch) => `\\x${byteOf(ch).toString(16)}`)
    .replace(INVISIBLE, (ch) => {
      const code = ch.codePointAt(0)!;
      return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}

/** `text` for a URI: escaped bytes percent-encoded as the bytes they are (`%FF`), the rest as encodeURI does. */
export function encodeNameURI(text: string): string {
  return text
    .split(/([\udc80-\udcff])/u)
    .map((part, i) => (i % 2 === 1 ? `%${byteOf(part).toString(16).toUpperCase()}` : encodeURI(part.toWellFormed())))
    .join('');
}

function byteOf(escaped: string): number {
  return escaped.charCodeAt(0) - 0xdc00;
}

/** Length of the well-formed UTF-8 sequence at `at` (no overlong forms, surrogates or code points past U+10FFFF), else 0. */
function sequenceLength(b: Buffer, at: number): number {
  const first = b[at]!;
  if (first < 0x80) return 1;
  const cont = (i: number, low = 0x80, high = 0xbf) => at + i < b.length && b[at + i]! >= low && b[at + i]! <= high;
  if (first >= 0xc2 && first <= 0xdf) return cont(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const second = first === 0xe0 ? cont(1, 0xa0) : first === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const second = first === 0xf0 ? cont(1, 0x90) : first === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
