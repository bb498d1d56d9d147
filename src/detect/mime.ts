// Mail views: the parts of a saved message (`.eml`, `.mbox`) as their sender wrote them. A quoted-printable part
// writes `=` as `=3D` and breaks long lines with a trailing `=`, so `NOVAMED_API_KEY=3D…` read as it is binds `3D…`
// and a key across a soft break is cut in two; a base64 part hides its text altogether. Each part's body is decoded
// in place: quoted-printable escape by escape (a key is reported where it stands), base64 as a whole (a key is
// reported where the body starts). Quoted-printable travels outside mail too, and the same escapes are decoded there
// where something declares them: a part header in an export, a vCard or iCalendar property's `ENCODING=QUOTED-PRINTABLE`
// parameter, the literal given to a decoder (`quopri.decodestring(…)`). Only items holding `=3D` are read for these:
// a value with an `=` in it is what quoted-printable makes unreadable to the bindings.
import { Extensions } from '../file-extensions.js';
import { ByteSign } from './byte-signs.js';
import type { Replacement } from './views.js';

/** Saved mail by name: one message (`.eml`, Apple Mail's `.emlx`), a mailbox (`.mbox`), a web archive (`.mht`). */
export const MAIL_FILE = new Extensions('eml emlx mbox mht mhtml');
/** A part's transfer encoding header; the body starts after the blank line that ends the part's headers. */
const ENCODING = /^content-transfer-encoding:[ \t]*(quoted-printable|base64)[ \t]*\r?$/gim;
const HEADERS_END = /\r?\n\r?\n/g;
/** A body ends at the next boundary line (`--…`) or the next message of a mailbox (`From …`). */
const BODY_END = /^(?:--|From )/gm;
/** A quoted-printable escape: `=XX` stands for the byte, `=` at the end of a line is a soft break (nothing). */
const QP_ESCAPE = /=(?:([0-9A-F]{2})|[ \t]*\r?\n)/gi;
/** An encoded `=`: the sign an item outside mail must hold to be read for quoted-printable. */
export const QUOTED_SIGN = new ByteSign('=3D');
/**
 * A vCard or iCalendar property declared quoted-printable: its value runs from the colon through each line that ends
 * in a soft break, and each folded line (a leading space) of iCalendar.
 */
const QP_PROPERTY = /;(?:ENCODING=)?QUOTED-PRINTABLE(?:;[^:\n]*)?:(?:[^\n]*=\r?\n)*[^\n]*(?:\r?\n[ \t][^\n]*)*/gi;
/** Inside a property, a soft break also takes the space that folds the next line. */
const QP_FOLDED_ESCAPE = /=(?:([0-9A-F]{2})|[ \t]*\r?\n[ \t]?)/gi;
/** A literal given to a quoted-printable decoder of Python, Java (Commons Codec), JavaScript or PHP. */
const QP_CALL =
  /(?:\bquopri\.decodestring|QuotedPrintableCodec\(\)\.decode|\bquotedPrintable\.decode|\bquoted_printable_decode)\(\s*b?(?<q>"""|'''|"|')/g;
/** At most this many escapes are rewritten in one item. */
const MAX_ESCAPES = 100_000;

/** Replacements decoding each quoted-printable or base64 part of a mail item (latin1: one character per byte). */
export function mimeParts(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  for (const m of latin1.matchAll(ENCODING)) {
    HEADERS_END.lastIndex = m.index + m[0].length;
    const headersEnd = HEADERS_END.exec(latin1);
    if (!headersEnd) continue;
    const from = headersEnd.index + headersEnd[0].length;
    BODY_END.lastIndex = from;
    const to = BODY_END.exec(latin1)?.index ?? latin1.length;
    if (m[1]!.toLowerCase() === 'base64') addBase64(latin1, from, to, found);
    else addQuotedPrintable(latin1, from, to, found);
  }
  return found;
}

/**
 * Replacements decoding the quoted-printable an item outside mail declares: part headers as in mail, vCard and
 * iCalendar properties, decoders' literals.
 */
export function declaredQuotedPrintable(latin1: string): Replacement[] {
  const found = mimeParts(latin1);
  for (const m of latin1.matchAll(QP_PROPERTY)) {
    addQuotedPrintable(latin1, m.index, m.index + m[0].length, found, QP_FOLDED_ESCAPE);
  }
  for (const m of latin1.matchAll(QP_CALL)) {
    const from = m.index + m[0].length;
    const to = latin1.indexOf(m.groups!.q!, from);
    if (to !== -1) addQuotedPrintable(latin1, from, to, found);
  }
  return found;
}

function addQuotedPrintable(latin1: string, from: number, to: number, found: Replacement[], escapes = QP_ESCAPE): void {
  escapes.lastIndex = from;
  for (let m = escapes.exec(latin1); m && m.index < to && found.length < MAX_ESCAPES; m = escapes.exec(latin1)) {
    const text = m[1] ? String.fromCharCode(Number.parseInt(m[1], 16)) : '';
    const end = m.index + m[0].length;
    found.push({ from: m.index, to: end, text, report: m.index, encoded: [m.index, end] });
  }
}

/** A base64 body decodes to text (UTF-8 or another charset: any bytes but control characters) or is left alone. */
function addBase64(latin1: string, from: number, to: number, found: Replacement[]): void {
  const b64 = latin1.slice(from, to).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return;
  const text = Buffer.from(b64, 'base64').toString('latin1');
  if (/[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text)) return;
  found.push({ from, to, text: `\n${text}\n`, report: from, encoded: [from, to] });
}
