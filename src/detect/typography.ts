// Typography views: text pasted from a document, a chat or a web page carries characters that look like nothing or
// like ASCII: zero-width spaces and joiners (hidden on purpose between a name and its key, or picked up by a copy),
// no-break spaces (`Api-Key\u00a0…`, `KEY=\u00a0…`) and curly quotes around a key (`“…”`). The view writes each as what
// it stands for (nothing, a space, a straight quote), so the ordinary bindings find the key.
import type { Replacement } from './views.js';

/** What each character stands for, by its UTF-8 bytes (the engine reads items as latin1, one character a byte). */
const STANDS_FOR: Record<string, string> = {
  '\u00e2\u0080\u008b': '', // U+200B zero-width space
  '\u00e2\u0080\u008c': '', // U+200C zero-width non-joiner
  '\u00e2\u0080\u008d': '', // U+200D zero-width joiner
  '\u00e2\u0081\u00a0': '', // U+2060 word joiner
  '\u00ef\u00bb\u00bf': '', // U+FEFF zero-width no-break space (a BOM inside the text)
  '\u00c2\u00a0': ' ', // U+00A0 no-break space
  '\u00e2\u0080\u00af': ' ', // U+202F narrow no-break space
  '\u00e2\u0080\u0087': ' ', // U+2007 figure space
  '\u00e2\u0080\u0098': "'", // U+2018 and U+2019 single quotes
  '\u00e2\u0080\u0099': "'",
  '\u00e2\u0080\u009c': '"', // U+201C and U+201D double quotes
  '\u00e2\u0080\u009d': '"',
};
const CHARACTER = new RegExp(Object.keys(STANDS_FOR).join('|'), 'g');
/** The lead bytes every such character starts with. */
const NEEDLES = [
  Buffer.from([0xe2, 0x80]),
  Buffer.from([0xe2, 0x81, 0xa0]),
  Buffer.from([0xc2, 0xa0]),
  Buffer.from([0xef, 0xbb, 0xbf]),
];
/** At most this many characters are rewritten in one item. */
const MAX_FOUND = 100_000;

/** Whether `bytes` may hold an invisible or typographic character. */
export function mayHoldTypography(bytes: Buffer): boolean {
  return NEEDLES.some((needle) => bytes.includes(needle, 1));
}

/** Replacements writing each invisible or typographic character as what it stands for. */
export function findTypography(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  CHARACTER.lastIndex = 0;
  for (let m = CHARACTER.exec(latin1); m && found.length < MAX_FOUND; m = CHARACTER.exec(latin1)) {
    // A byte-order mark opening the item is the encoding's, not the text's.
    if (m.index === 0) continue;
    found.push({ from: m.index, to: m.index + m[0].length, text: STANDS_FOR[m[0]]!, report: m.index });
  }
  return found;
}
