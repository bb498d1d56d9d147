// Table views: in a CSV or TSV file a key's name is its column's header (`clinic,novamed_api_key`) or a cell
// beside it (`setting,value` rows such as `api_key,…`), lines away from the value. The view writes each such
// value as `name=value` in place, so the ordinary name bindings find it, reported at the cell.
import type { Replacement } from './views.js';

/** Files read as tables. */
const TABLE_FILE = /\.(?:csv|tsv|psv)$/i;

/** Headers of columns whose cells may be keys themselves. */
const KEY_HEADER = /key|token|secret|credential|passw/i;
/** Headers of a name/value layout: the name column, and the value column its names bind. */
const NAME_HEADER = /^(?:key|name|setting|variable|var|field|param(?:eter)?|config_?key|property|option)$/i;
const VALUE_HEADER = /^(?:value|val|secret|setting_?value|config_?value)$/i;

/** At most this many cells are rewritten: a table of millions of rows is scanned as it is beyond that. */
const MAX_CELLS = 100_000;
/** Cells longer than a key can be are left alone. */
const MAX_CELL = 512;

export function isTable(file: string): boolean {
  return TABLE_FILE.test(file);
}

/** One cell of a row: its text (unquoted) and where that text is in the item. */
interface Cell {
  text: string;
  from: number;
  to: number;
}

/** Replacements writing each key-column cell as `header=value`, and each value cell as `name=value`. */
export function tableCells(latin1: string): Replacement[] {
  const lines = lineSpans(latin1);
  const headerAt = lines.findIndex(([from, to]) => latin1.slice(from, to).trim() !== '');
  if (headerAt === -1) return [];
  const [hFrom, hTo] = lines[headerAt]!;
  const delimiter = delimiterOf(latin1.slice(hFrom, hTo));
  if (delimiter === undefined) return [];
  const headers = cellsOf(latin1, hFrom, hTo, delimiter).map((c) => c.text.trim());
  const keyColumns = headers.flatMap((h, i) => (KEY_HEADER.test(h) && !VALUE_HEADER.test(h) ? [i] : []));
  const nameColumn = headers.findIndex((h) => NAME_HEADER.test(h));
  const valueColumn = nameColumn === -1 ? -1 : headers.findIndex((h) => VALUE_HEADER.test(h));
  if (keyColumns.length === 0 && valueColumn === -1) return [];

  const found: Replacement[] = [];
  const rewrite = (cell: Cell | undefined, name: string | undefined) => {
    if (!cell || !name || cell.text === '' || cell.text.length > MAX_CELL || !/^[\w.-]+$/.test(name)) return;
    found.push({ from: cell.from, to: cell.to, text: `${name}=${cell.text}`, report: cell.from });
  };
  for (const [from, to] of lines.slice(headerAt + 1)) {
    if (found.length >= MAX_CELLS) break;
    const cells = cellsOf(latin1, from, to, delimiter);
    for (const column of keyColumns) rewrite(cells[column], headers[column]);
    if (valueColumn !== -1) rewrite(cells[valueColumn], cells[nameColumn]?.text.trim());
  }
  return found;
}

function lineSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let from = 0; from <= text.length; ) {
    const newline = text.indexOf('\n', from);
    const end = newline === -1 ? text.length : newline;
    spans.push([from, end > from && text[end - 1] === '\r' ? end - 1 : end]);
    if (newline === -1) break;
    from = newline + 1;
  }
  return spans;
}

/** The header's delimiter: the most frequent of tab, comma, semicolon and pipe, if it splits it at all. */
function delimiterOf(header: string): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const d of ['\t', ',', ';', '|']) {
    const count = header.split(d).length - 1;
    if (count > most) [best, most] = [d, count];
  }
  return best;
}

/** The cells of one line, quotes removed (`"a ""b"""` is one cell); a quoted cell spanning lines ends the line. */
function cellsOf(text: string, from: number, to: number, delimiter: string): Cell[] {
  const cells: Cell[] = [];
  let at = from;
  while (at <= to) {
    if (text[at] === '"') {
      let end = at + 1;
      while (end < to && !(text[end] === '"' && text[end + 1] !== '"')) end += text[end] === '"' ? 2 : 1;
      cells.push({ text: text.slice(at + 1, end).replaceAll('""', '"'), from: at + 1, to: end });
      const next = text.indexOf(delimiter, end);
      if (next === -1 || next >= to) break;
      at = next + 1;
    } else {
      const next = text.indexOf(delimiter, at);
      const end = next === -1 || next > to ? to : next;
      cells.push({ text: text.slice(at, end), from: at, to: end });
      if (end === to) break;
      at = end + 1;
    }
  }
  return cells;
}
