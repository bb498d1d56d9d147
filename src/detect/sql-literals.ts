// SQL literal views: a dump writes a BLOB or VARBINARY column as a hex literal (`sqlite3 .dump`'s `X'6b65…'`,
// `mysqldump --hex-blob`'s `0x6b65…`), so a key stored as bytes reads as hex beside its setting's name. In SQL files
// the view writes each hex literal that is text as that text, quoted; a hex literal taken for a key gives way to it.
import { Extensions } from '../file-extensions.js';
import { byteSigns } from './byte-signs.js';
import type { Replacement } from './views.js';

/** SQL files by name: dumps and scripts. */
export const SQL_FILE = new Extensions('sql');
/** What a hex literal opens with. */
export const SQL_HEX_SIGNS = byteSigns(["X'", "x'", '0x']);
/** A hex literal of 16 bytes or more: `X'…'` (standard SQL, SQLite, PostgreSQL's bytea input) or `0x…` (MySQL, MSSQL). */
const HEX_LITERAL =
  /(?<![\w'])(?:[xX]'(?<quoted>(?:[0-9a-fA-F]{2}){16,256})'|0x(?<bare>(?:[0-9a-fA-F]{2}){16,256})(?![\w]))/g;
/** At most this many literals are rewritten in one item. */
const MAX_FOUND = 100_000;

/** Replacements writing each hex literal of printable text as a quoted string. */
export function sqlHexLiterals(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  HEX_LITERAL.lastIndex = 0;
  for (let m = HEX_LITERAL.exec(latin1); m && found.length < MAX_FOUND; m = HEX_LITERAL.exec(latin1)) {
    const bytes = Buffer.from(m.groups!.quoted ?? m.groups!.bare!, 'hex');
    if (bytes.some((byte) => byte < 0x20 || byte > 0x7e || byte === 0x27 || byte === 0x5c)) continue;
    const to = m.index + m[0].length;
    found.push({ from: m.index, to, text: `'${bytes.toString('latin1')}'`, report: m.index, encoded: [m.index, to] });
  }
  return found;
}
