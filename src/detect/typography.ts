// Typography views: text pasted from a document, a chat or a web page carries characters that look like nothing or
// like ASCII: zero-width spaces and joiners (hidden on purpose between a name and its key, or picked up by a copy),
// no-break spaces (`Api-Key\u00a0…`, `KEY=\u00a0…`) and curly quotes around a key (`“…”`). The view writes each as what
// it stands for (nothing, a space, a straight quote), so the ordinary bindings find the key. Curly quotes and no-break
// spaces of prose (a bench corpus of 100 MB has them in 112 files) leave an item as it is, not scanned again.
import type { Replacement } from './views.js';

/** A key-shaped run: what a pasted space or quote must stand next to for the view to rewrite it. */
const TOKEN = '[A-Za-z0-9._+/=-]{16,}';
/**
 * By their UTF-8 bytes (the engine reads items as latin1, one character a byte): zero-width characters anywhere (U+200B,
 * U+200C, U+200D, U+2060, U+FEFF inside the text); no-break spaces (U+00A0, U+202F, U+2007) before a key-shaped run; a
 * pair of curly quotes (U+201C and U+201D, U+2018 and U+2019) around one. Spaces and quotes elsewhere are prose's: an
 * item of prose is not scanned again for them.
 */
const CHARACTER = new RegExp(
  String.raw`(?<invisible>\xe2\x80[\x8b-\x8d]|\xe2\x81\xa0|\xef\xbb\xbf)|(?<space>\xc2\xa0|\xe2\x80[\xaf\x87])(?=${TOKEN})|(?<open>\xe2\x80[\x9c\x98])(?<run>${TOKEN})\xe2\x80[\x9d\x99]`,
  'g',
);
/**
 * The lead bytes of these characters: U+2000-U+2FFF (0xE2), U+0080-U+00BF (0xC2), U+FEFF after the item's start. Each
 * searched as one byte (memchr); a search per character's whole sequence cost 4 passes over every item with a keyword.
 */
const LEADS = [0xe2, 0xc2];
const ZWNBSP = Buffer.from([0xef, 0xbb, 0xbf]);
/** At most this many characters are rewritten in one item. */
const MAX_FOUND = 100_000;

/** Whether `bytes` may hold an invisible or typographic character. */
export function mayHoldTypography(bytes: Buffer): boolean {
  return LEADS.some((lead) => bytes.includes(lead)) || bytes.includes(ZWNBSP, 1);
}

/** Replacements writing each invisible or typographic character as what it stands for. */
export function findTypography(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  CHARACTER.lastIndex = 0;
  for (let m = CHARACTER.exec(latin1); m && found.length < MAX_FOUND; m = CHARACTER.exec(latin1)) {
    const { invisible, space, open, run } = m.groups!;
    const to = m.index + m[0].length;
    // A byte-order mark opening the item is the encoding's, not the text's.
    if (invisible !== undefined && m.index > 0) found.push({ from: m.index, to, text: '', report: m.index });
    if (space !== undefined) found.push({ from: m.index, to, text: ' ', report: m.index });
    if (open !== undefined) {
      const quote = open.endsWith('\x9c') ? '"' : "'";
      const close = m.index + open.length + run!.length;
      found.push({ from: m.index, to: m.index + open.length, text: quote, report: m.index });
      found.push({ from: close, to, text: quote, report: close });
    }
  }
  return found;
}
