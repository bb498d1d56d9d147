// How bytes are read as text: UTF-32 and UTF-16 with or without a byte-order mark. One owner, because the engine, the
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

/**
 * UTF-32 text: its byte-order mark (asked before UTF-16's, which opens the little-endian one), or without one every
 * code unit of the first bytes an ASCII character and three NULs. A key written so (a file git re-encodes on checkout,
 * a tool's export) was read with its characters apart, never matched, with no note: it holds NULs, but it is text.
 */
export function utf32Encoding(buffer: Buffer): 'utf-32le' | 'utf-32be' | undefined {
  if (buffer[0] === 0xff && buffer[1] === 0xfe && buffer[2] === 0 && buffer[3] === 0) return 'utf-32le';
  if (buffer[0] === 0 && buffer[1] === 0 && buffer[2] === 0xfe && buffer[3] === 0xff) return 'utf-32be';
  // Most files fail at once: no NUL pair where a UTF-32 code unit would hold one.
  if (buffer[1] !== 0 || (buffer[0] !== 0 && buffer[2] !== 0)) return undefined;
  const probe = Math.min(buffer.length, BINARY_PROBE) & ~3;
  if (probe < UTF16_MIN_PROBE) return undefined;
  let little = 0;
  let big = 0;
  for (let i = 0; i < probe; i += 4) {
    if (buffer[i + 1] === 0 && buffer[i + 2] === 0 && buffer[i + 3] === 0 && isTextByte(buffer[i]!)) little++;
    else if (buffer[i] === 0 && buffer[i + 1] === 0 && buffer[i + 2] === 0 && isTextByte(buffer[i + 3]!)) big++;
  }
  const units = probe / 4;
  if (little >= units * UTF16_SHARE) return 'utf-32le';
  if (big >= units * UTF16_SHARE) return 'utf-32be';
  return undefined;
}

/** Decodes UTF-32 as TextDecoder does UTF-16 (which it cannot do for UTF-32): chunk by chunk, a code unit split between them waiting. */
export class Utf32Decoder {
  private rest = Buffer.alloc(0);
  private first = true;
  constructor(private readonly encoding: 'utf-32le' | 'utf-32be') {}

  decode(chunk: Buffer = Buffer.alloc(0), options: { stream?: boolean } = {}): string {
    const bytes = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk;
    const whole = bytes.length - (bytes.length % 4);
    this.rest = options.stream ? Buffer.from(bytes.subarray(whole)) : Buffer.alloc(0);
    const points: number[] = [];
    let text = '';
    for (let at = 0; at < whole; at += 4) {
      const unit = this.encoding === 'utf-32le' ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at);
      if (this.first && unit === 0xfeff) continue;
      this.first = false;
      points.push(unit <= 0x10ffff && (unit < 0xd800 || unit > 0xdfff) ? unit : 0xfffd);
      if (points.length === 4096) text += String.fromCodePoint(...points.splice(0));
    }
    text += String.fromCodePoint(...points);
    return options.stream || whole === bytes.length ? text : `${text}\ufffd`;
  }
}

/** Decodes wide text chunk by chunk: a TextDecoder for UTF-16, a Utf32Decoder for UTF-32. */
export interface WideDecoder {
  decode(chunk?: Buffer, options?: { stream?: boolean }): string;
}

/** The decoder of wide text (UTF-32, else UTF-16) that `buffer` starts, or undefined for text of one byte a character. */
export function wideTextDecoder(buffer: Buffer): WideDecoder | undefined {
  const utf32 = utf32Encoding(buffer);
  if (utf32) return new Utf32Decoder(utf32);
  const utf16 = utf16Encoding(buffer);
  return utf16 ? new TextDecoder(utf16) : undefined;
}
