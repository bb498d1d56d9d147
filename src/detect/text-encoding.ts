// How bytes are read as text: UTF-16 with or without a byte-order mark. One owner, because the engine, the
// allow-marker check of a change and the change's added lines must all agree on what the lines of a file are.

/** Bytes probed for a NUL: as git decides whether a file is binary. */
export const BINARY_PROBE = 8000;

/**
 * The encoding of UTF-16 text: the one its byte-order mark names, or, without a mark (some Windows tools write
 * none), the one whose every other byte is NUL while the rest are printable ASCII, over the first bytes.
 */
export function utf16Encoding(buffer: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return 'utf-16le';
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return 'utf-16be';
  const probe = Math.min(buffer.length, BINARY_PROBE) & ~1;
  if (probe < UTF16_MIN_PROBE) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < probe; i += 2) {
    if (buffer[i] === 0 && isTextByte(buffer[i + 1]!)) even++;
    else if (buffer[i + 1] === 0 && isTextByte(buffer[i]!)) odd++;
  }
  const pairs = probe / 2;
  if (odd >= pairs * UTF16_SHARE) return 'utf-16le';
  if (even >= pairs * UTF16_SHARE) return 'utf-16be';
  return undefined;
}

/** Bytes probed, and the share of ASCII code units, that tell UTF-16 without a byte-order mark from binary data. */
const UTF16_MIN_PROBE = 16;
const UTF16_SHARE = 0.95;

function isTextByte(byte: number): boolean {
  return (byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
