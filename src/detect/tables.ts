// Table views: in a CSV or TSV file a key's name is its column's header (`clinic,novamed_api_key`) or a cell
// beside it (`setting,value` rows such as `api_key,…`), lines away from the value; in SQL it is a column of an
// `INSERT INTO t (…, api_key) VALUES (…)`, of a dump's `COPY t (…) FROM stdin` rows, or, where the insert lists no
// columns (mysqldump, `sqlite3 .dump`, `pg_dump --inserts`), of the dump's `CREATE TABLE t (…)`; in a page exported
// from a wiki (Confluence, Notion) or a notebook's output it is the header cell of an HTML `<table>`. The view writes each such value as
// `name=value` in place, so the ordinary name bindings find it, reported at the cell.
import { Extensions } from '../file-extensions.js';
import { SQL_FILE } from './sql-literals.js';
import type { Replacement } from './views.js';

/** Files read as tables. */
const TABLE_FILE = new Extensions('csv tsv psv sql');
/**
 * Files whose pipe tables are read as tables: Markdown's (`| Service | API key |` over `|---|---|`), and those of
 * other markups that write rows the same way: org-mode's (over `|---+---|`), reStructuredText's grid tables (over
 * `+===+===+`, rows between `+---+---+` borders) and Jira's and Confluence's wiki markup (`||Service||API key||`).
 */
const MARKDOWN_FILE = new Extensions('md mdx markdown txt wiki org rst');
/**
 * Pages whose HTML tables (`<tr><th>API key</th></tr>` over `<tr><td>…</td></tr>`) are read as tables, and notebooks,
 * whose outputs hold them (a pandas DataFrame shown as `text/html`).
 */
const PAGE_FILE = new Extensions('html htm xhtml ipynb');
/** AsciiDoc pages, whose tables are blocks between `|===` lines. */
const ASCIIDOC_FILE = new Extensions('adoc asciidoc asc');

/** Headers of columns whose cells may be keys themselves. */
const KEY_HEADER = /key|token|secret|credential|passw/i;
/** Headers of a name/value layout: the name column, and the value column its names bind. */
const NAME_HEADER = /^(?:key|name|setting|variable|var|field|param(?:eter)?|config_?key|property|option)$/i;
const VALUE_HEADER = /^(?:value|val|secret|setting_?value|config_?value)$/i;
/**
 * Headers of a column that says whose each row is (`Service`, `Vendor`): a key column's cell is then named for its
 * row (`NovaMed_API_Key`), so a row's own service decides whose key it is, as a block's name does.
 */
const LABEL_HEADER =
  /^(?:service|vendor|provider|integration|platform|system|api|app|application|partner|product|company|tool)s?$/i;
/** A row's label that can be part of a name: a few words, no punctuation but dots and dashes. */
const LABEL = /^[A-Za-z][\w.-]{0,30}(?: [\w.-]{1,30}){0,2}$/;

/** At most this many cells are rewritten: a table of millions of rows is scanned as it is beyond that. */
const MAX_CELLS = 100_000;
/** Cells longer than a key can be are left alone. */
const MAX_CELL = 512;

export function isTable(file: string): boolean {
  return TABLE_FILE.test(file) || MARKDOWN_FILE.test(file) || PAGE_FILE.test(file) || ASCIIDOC_FILE.test(file);
}

/**
 * Whether a table file (`isTable`) can hold a table: any CSV, TSV or SQL file, a Markdown page only with the start
 * of a pipe table's separator line (`|---`, `| :--`) or an HTML table, and an HTML page only with an HTML table. Most
 * pages have none, and are then not decoded for tables.
 */
export function mayHoldTable(file: string, bytes: Buffer): boolean {
  if (PAGE_FILE.test(file)) return holdsHtmlTable(bytes);
  if (ASCIIDOC_FILE.test(file)) return bytes.includes('|===');
  return !MARKDOWN_FILE.test(file) || holdsRuleStart(bytes) || holdsHtmlTable(bytes);
}

/** Whether `bytes` hold a table's opening tag, as exporters write it (lower case, or upper case in older pages). */
function holdsHtmlTable(bytes: Buffer): boolean {
  return bytes.includes('<table') || bytes.includes('<TABLE');
}

/**
 * Whether `bytes` hold the start of a pipe table's header: what every MARKDOWN_RULE line holds (a pipe, blanks, an
 * optional colon and two dashes), a grid table's border (`+--`, `+==`), or a wiki header row's opening `||`.
 */
function holdsRuleStart(bytes: Buffer): boolean {
  return holdsPipeRule(bytes) || bytes.includes('+--') || bytes.includes('+==') || holdsWikiHeader(bytes);
}

function holdsWikiHeader(bytes: Buffer): boolean {
  if (bytes[0] === 0x7c && bytes[1] === 0x7c) return true;
  for (let at = bytes.indexOf('\n||'); at !== -1; at = bytes.indexOf('\n||', at + 3)) {
    if (bytes[at + 3] !== 0x20 && bytes[at + 3] !== 0x7c) return true;
  }
  return false;
}

function holdsPipeRule(bytes: Buffer): boolean {
  for (let at = bytes.indexOf(0x7c); at !== -1; at = bytes.indexOf(0x7c, at + 1)) {
    let next = at + 1;
    while (bytes[next] === 0x20 || bytes[next] === 0x09) next++;
    if (bytes[next] === 0x3a) next++;
    if (bytes[next] === 0x2d && bytes[next + 1] === 0x2d) return true;
  }
  return false;
}

/** One cell of a row: its text (unquoted) and where that text is in the item. */
interface Cell {
  text: string;
  from: number;
  to: number;
}

/** Replacements writing each key-column cell as `header=value`, and each value cell as `name=value`. */
export function tableCells(latin1: string, file: string): Replacement[] {
  if (SQL_FILE.test(file)) return sqlCells(latin1);
  if (PAGE_FILE.test(file)) return htmlCells(latin1);
  if (ASCIIDOC_FILE.test(file)) return asciidocCells(latin1);
  return MARKDOWN_FILE.test(file) ? [...markdownCells(latin1), ...htmlCells(latin1)] : delimitedCells(latin1);
}

/** The columns of one table: which hold keys themselves, and which name/value pair binds a value to a name. */
interface Columns {
  headers: string[];
  keyColumns: number[];
  nameColumn: number;
  valueColumn: number;
  /** The column saying whose each row is, or -1. */
  labelColumn: number;
}

/**
 * A header as a name: spreadsheet exports write words (`API Key`, `Key Value`), bindings need one word (`API_Key`,
 * `Key`); a trailing `value` among such words only says that the column holds the key itself.
 */
function nameOf(header: string): string {
  const words = header
    .trim()
    .split(/[^\w.-]+/)
    .filter((word) => word !== '');
  if (words.length > 1 && /^value$/i.test(words.at(-1)!)) words.pop();
  return words.join('_');
}

function columnsOf(raw: string[]): Columns | undefined {
  const headers = raw.map(nameOf);
  const nameColumn = headers.findIndex((h) => NAME_HEADER.test(h));
  const valueColumn = nameColumn === -1 ? -1 : headers.findIndex((h) => VALUE_HEADER.test(h));
  const keyColumns = headers.flatMap((h, i) => (KEY_HEADER.test(h) && i !== valueColumn ? [i] : []));
  const labelColumn = headers.findIndex((h, i) => LABEL_HEADER.test(h) && !keyColumns.includes(i));
  return keyColumns.length === 0 && valueColumn === -1
    ? undefined
    : { headers, keyColumns, nameColumn, valueColumn, labelColumn };
}

/**
 * Collects the rewrites of one row's cells; false once the table has had its share. Cells are written quoted
 * (`api_key='…'`): what follows them (a CSV cell's closing quote, a tab, SQL's `)`) does not end a binding the way a
 * comma does.
 */
function rowRewriter(found: Replacement[], quote = "'") {
  const rewrite = (cell: Cell | undefined, name: string | undefined) => {
    if (!cell || !name || cell.text === '' || cell.text.length > MAX_CELL || !/^[\w.-]+$/.test(name)) return;
    found.push({ from: cell.from, to: cell.to, text: `${name}=${quote}${cell.text}${quote}`, report: cell.from });
  };
  return (cells: Cell[], { headers, keyColumns, nameColumn, valueColumn, labelColumn }: Columns): boolean => {
    const label = labelColumn === -1 ? undefined : cells[labelColumn]?.text.trim();
    const owner = label !== undefined && LABEL.test(label) ? `${label.replaceAll(' ', '_')}_` : '';
    for (const column of keyColumns) rewrite(cells[column], headers[column] && owner + headers[column]);
    if (valueColumn !== -1) rewrite(cells[valueColumn], cells[nameColumn]?.text.trim());
    return found.length < MAX_CELLS;
  };
}

function delimitedCells(latin1: string): Replacement[] {
  const lines = lineSpans(latin1);
  const headerAt = lines.findIndex(([from, to]) => latin1.slice(from, to).trim() !== '');
  if (headerAt === -1) return [];
  const [hFrom, hTo] = lines[headerAt]!;
  const delimiter = delimiterOf(latin1.slice(hFrom, hTo));
  if (delimiter === undefined) return [];
  const columns = columnsOf(cellsOf(latin1, hFrom, hTo, delimiter).map((c) => c.text.trim()));
  if (!columns) return [];
  const found: Replacement[] = [];
  const row = rowRewriter(found);
  for (const [from, to] of lines.slice(headerAt + 1)) {
    if (!row(cellsOf(latin1, from, to, delimiter), columns)) break;
  }
  return found;
}

/** A pipe table's separator line: `|---|:---:|`, outer pipes optional. */
const MARKDOWN_RULE =
  /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-{2,}:?[ \t]*\|[ \t]*$/;
/** A grid table's border or separator, or org-mode's separator: `+---+---+`, `+===+===+`, `|----+----|`. */
const GRID_RULE = /^[ \t]*[|+](?:[-=]{2,}\+)*[-=]{2,}[|+][ \t]*$/;
/** A wiki markup header row (Jira, Confluence): `||Service||API key||`, which no separator line follows. */
const WIKI_HEADER = /^[ \t]*\|\|(?![ \t]*\|)/;
/** Markup around a cell's text: code spans, bold, a `<code>` element. */
const CELL_MARKUP = /^(?:`{1,2}|\*\*|__|<code>)?[ \t]*([^`*<>|]*?)[ \t]*(?:`{1,2}|\*\*|__|<\/code>)?$/;

/**
 * The pipe tables of a Markdown page (or a wiki, org, reStructuredText or text file): a header line and its separator
 * line, or a wiki header row; then rows to a line without a pipe, over a grid's borders between them.
 */
function markdownCells(latin1: string): Replacement[] {
  if (!latin1.includes('|')) return [];
  const lines = lineSpans(latin1);
  const found: Replacement[] = [];
  const row = rowRewriter(found);
  const textOf = (i: number) => latin1.slice(lines[i]![0], lines[i]![1]);
  for (let i = 0; i < lines.length; i++) {
    const header = textOf(i);
    let columns: Columns | undefined;
    if (WIKI_HEADER.test(header)) {
      const names = header.trim().slice(2).split('||');
      if (names.at(-1)!.trim() === '') names.pop();
      columns = columnsOf(names.map((name) => CELL_MARKUP.exec(name.trim())?.[1] ?? name.trim()));
      i++;
    } else if (i + 1 < lines.length && header.includes('|') && isRule(textOf(i + 1))) {
      columns = columnsOf(pipeCells(latin1, lines[i]![0], lines[i]![1]).map((c) => c.text));
      i += 2;
    } else continue;
    for (; i < lines.length; i++) {
      const line = textOf(i);
      if (GRID_RULE.test(line)) continue;
      if (!line.includes('|')) break;
      if (columns && !row(pipeCells(latin1, lines[i]![0], lines[i]![1]), columns)) return found;
    }
  }
  return found;
}

function isRule(line: string): boolean {
  return MARKDOWN_RULE.test(line) || GRID_RULE.test(line);
}

/** The cells of one pipe-table line, outer pipes off, each cell's text without its markup. */
function pipeCells(text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let at = from;
  while (at < to && (text[at] === ' ' || text[at] === '\t')) at++;
  if (text[at] === '|') at++;
  while (at <= to) {
    let end = at;
    while (end < to && !(text[end] === '|' && text[end - 1] !== '\\')) end++;
    const raw = text.slice(at, end);
    const inner = CELL_MARKUP.exec(raw.trim());
    if (end === to && raw.trim() === '') break;
    const textOf = inner ? inner[1]! : raw.trim();
    const start = textOf === '' ? at : at + raw.indexOf(textOf);
    cells.push({ text: textOf, from: start, to: start + textOf.length });
    at = end + 1;
  }
  return cells;
}

/**
 * `INSERT INTO t (a, b) VALUES (…), (…)`, a dump's `COPY t (a, b) FROM stdin;` (tab-separated rows to `\.`), and
 * `INSERT INTO t VALUES (…)` without its columns, which a dump names in the table's `CREATE TABLE` above.
 */
const SQL_TABLE =
  /\b(?:insert\s+(?:or\s+[a-z]+\s+|ignore\s+)?into|copy)\s+([\w."`[\]]{1,128})\s*(?:\(([^()]{1,4000})\)\s*)?(values|from\s+stdin\b[^\n]*\n)/giy;
const SQL_START = /\b(?:insert|copy|create)\b/gi;
const UNQUOTE = /^[`"[]?(.*?)[`"\]]?$/;
/** A `CREATE TABLE` up to the parenthesis that opens its column definitions. */
const CREATE_TABLE =
  /\bcreate\s+(?:(?:global\s+|local\s+)?(?:temporary|temp)\s+|unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?([\w."`[\]]{1,128})\s*\(/iy;
/** Definitions in a `CREATE TABLE` that are no column: constraints and indexes. */
const NOT_A_COLUMN = /^(?:primary|key|unique|constraint|index|foreign|check|fulltext|spatial|exclude|like|period)\b/i;
/** At most this many characters of a `CREATE TABLE` are read for its columns. */
const MAX_DEFINITIONS = 20_000;

function sqlCells(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  const row = rowRewriter(found);
  const declared = new Map<string, string[]>();
  for (const start of latin1.matchAll(SQL_START)) {
    if (/^create$/i.test(start[0])) {
      CREATE_TABLE.lastIndex = start.index;
      const create = CREATE_TABLE.exec(latin1);
      if (create) declared.set(tableName(create[1]!), definedColumns(latin1, CREATE_TABLE.lastIndex));
      continue;
    }
    SQL_TABLE.lastIndex = start.index;
    const statement = SQL_TABLE.exec(latin1);
    if (!statement) continue;
    const names =
      statement[2]?.split(',').map((c) => UNQUOTE.exec(c.trim())![1]!) ?? declared.get(tableName(statement[1]!));
    const columns = names && columnsOf(names);
    if (!columns) continue;
    const more =
      statement[3]!.toLowerCase() === 'values'
        ? valuesRows(latin1, SQL_TABLE.lastIndex)
        : copyRows(latin1, SQL_TABLE.lastIndex);
    for (const cells of more) if (!row(cells, columns)) return found;
  }
  return found;
}

/** A table's name as inserts and creates both write it: its last dotted part, unquoted, in lower case. */
function tableName(written: string): string {
  return UNQUOTE.exec(written.split('.').at(-1)!)![1]!.toLowerCase();
}

/** The column names of a `CREATE TABLE`'s definitions, from after its opening parenthesis to the one closing it. */
function definedColumns(text: string, at: number): string[] {
  const names: string[] = [];
  let depth = 0;
  let from = at;
  const end = Math.min(text.length, at + MAX_DEFINITIONS);
  for (let i = at; i < end; i++) {
    const c = text[i];
    if (c === "'") i = Math.max(i, text.indexOf("'", i + 1));
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if ((c === ',' || c === ')') && depth === 0) {
      const first = /^\s*([`"[]?[\w$]+[`"\]]?)/.exec(text.slice(from, i))?.[1];
      if (first && !NOT_A_COLUMN.test(first)) names.push(UNQUOTE.exec(first)![1]!);
      from = i + 1;
      if (c === ')') break;
    }
  }
  return names;
}

/** An AsciiDoc table's delimiter line; the attribute line above it: its columns (`cols="1,3"`), a header row asked for. */
const ASCIIDOC_DELIMITER = /^\|={3,}[ \t]*$/;
const ASCIIDOC_COLUMNS = /\bcols="?([^",\]]+(?:,[^",\]]+)*)/;
const ASCIIDOC_HEADER_OPTION = /options?="[^"]*header|%header/;

/**
 * The tables of an AsciiDoc page: its cells, one after each `|`, one a line or several, fill rows as wide as the
 * block's `cols` say (or as its first line has cells); the first row names the columns when a blank line follows the
 * first line or the block's attributes ask for a header.
 */
function asciidocCells(latin1: string): Replacement[] {
  const lines = lineSpans(latin1);
  const found: Replacement[] = [];
  const row = rowRewriter(found);
  const textOf = (i: number) => latin1.slice(lines[i]![0], lines[i]![1]);
  for (let open = 0; open < lines.length; open++) {
    if (!ASCIIDOC_DELIMITER.test(textOf(open))) continue;
    let close = open + 1;
    while (close < lines.length && !ASCIIDOC_DELIMITER.test(textOf(close))) close++;
    const attributes = open > 0 ? textOf(open - 1) : '';
    const firstLine = asciidocLineCells(latin1, lines[open + 1] ?? [0, 0]);
    const width = columnCount(attributes) ?? firstLine.length;
    const headed =
      ASCIIDOC_HEADER_OPTION.test(attributes) ||
      (firstLine.length === width && open + 2 < close && textOf(open + 2).trim() === '');
    const cells = lines.slice(open + 1, close).flatMap((span) => asciidocLineCells(latin1, span));
    const columns = headed && width > 0 ? columnsOf(cells.slice(0, width).map((c) => c.text)) : undefined;
    for (let at = width; columns && at + width <= cells.length; at += width) {
      if (!row(cells.slice(at, at + width), columns)) return found;
    }
    open = close;
  }
  return found;
}

/** The columns an AsciiDoc table's attributes give: `cols="1,3"` two, `cols="3*"` and `cols=3` three. */
function columnCount(attributes: string): number | undefined {
  const specs = ASCIIDOC_COLUMNS.exec(attributes)?.[1];
  if (specs === undefined) return undefined;
  if (/^\d+$/.test(specs.trim())) return Number(specs.trim());
  return specs.split(',').reduce((sum, spec) => sum + Number(/^\s*(\d+)\*/.exec(spec)?.[1] ?? 1), 0);
}

/** The cells a line of an AsciiDoc table opens: the text after each `|` (an escaped `\|` is text), without markup. */
function asciidocLineCells(text: string, [from, to]: [number, number]): Cell[] {
  const bars: number[] = [];
  for (let at = text.indexOf('|', from); at !== -1 && at < to; at = text.indexOf('|', at + 1)) {
    if (text[at - 1] !== '\\') bars.push(at);
  }
  return bars.map((bar, n) => {
    const raw = text.slice(bar + 1, bars[n + 1] ?? to);
    const inner = CELL_MARKUP.exec(raw.trim())?.[1] ?? raw.trim();
    const start = bar + 1 + raw.indexOf(inner);
    return { text: inner, from: start, to: start + inner.length };
  });
}

/** A cell of a page's table row: the text inside the element. */
const HTML_CELL = /<(t[hd])(?:\s[^<>]*)?>([\s\S]*?)<\/\1>/gi;
/** Rows and cells longer than these are no rows of keys: they are passed over unread. */
const MAX_ROW = 65_536;
const MAX_HTML_CELL = 4 * MAX_CELL;

/**
 * The HTML tables of a page: the first row names the columns, each row below it is read as a pipe table's row.
 * Tables and rows are found by `indexOf`, as exporters write them: a page of unclosed `<table` or `<tr` costs one pass.
 */
function htmlCells(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  const row = rowRewriter(found);
  const [tableAt, tableEnd, rowAt, rowEnd] = ['<table', '</table>', '<tr', '</tr>'].map((tag) =>
    tagFinder(latin1, tag),
  );
  for (let open = tableAt!(0); open !== -1; ) {
    const close = tableEnd!(open);
    if (close === -1) break;
    let columns: Columns | undefined | null = null;
    for (let tr = rowAt!(open); tr !== -1 && tr < close; tr = rowAt!(tr + 3)) {
      const end = rowEnd!(tr);
      if (end === -1 || end > close) break;
      if (!/[\s>]/.test(latin1[tr + 3] ?? '') || end - tr > MAX_ROW) continue;
      const cells = [...latin1.slice(tr, end).matchAll(HTML_CELL)].map((cell): Cell => {
        const inner = cell[2]!;
        const [start, stop] = inner.length > MAX_HTML_CELL ? [0, 0] : wrappedText(inner);
        const from = tr + cell.index + cell[0].indexOf('>') + 1 + start;
        return { text: inner.slice(start, stop), from, to: from + stop - start };
      });
      if (columns === null) columns = columnsOf(cells.map((c) => c.text));
      else if (columns && !row(cells, columns)) return found;
    }
    open = tableAt!(close);
  }
  return found;
}

/**
 * Where a cell's text is between the tags that wrap it (`<td><code>…</code></td>`, `<th><p><b>…</b></p></th>`): an
 * empty span when tags stand inside it, or character references, left to the views that decode them (a rewritten cell
 * would hide them).
 */
function wrappedText(inner: string): [number, number] {
  let from = 0;
  let to = inner.length;
  for (;;) {
    while (from < to && /\s/.test(inner[from]!)) from++;
    const close = inner[from] === '<' ? inner.indexOf('>', from) : -1;
    if (close === -1 || close >= to) break;
    from = close + 1;
  }
  for (;;) {
    while (to > from && /\s/.test(inner[to - 1]!)) to--;
    const open = inner[to - 1] === '>' ? inner.lastIndexOf('<', to - 1) : -1;
    if (open < from) break;
    to = open;
  }
  return /[<>&]/.test(inner.slice(from, to)) ? [from, from] : [from, to];
}

/**
 * A finder of a tag written in lower or upper case: where it first is from a position, or -1. Positions asked for
 * only grow, so each spelling's last answer stands until it is passed: a page costs one pass per spelling.
 */
function tagFinder(text: string, tag: string): (from: number) => number {
  const spellings = [tag, tag.toUpperCase()];
  const next = [-2, -2];
  return (from) => {
    let first = -1;
    for (let i = 0; i < 2; i++) {
      if (next[i]! !== -1 && next[i]! < from) next[i] = text.indexOf(spellings[i]!, from);
      if (next[i]! !== -1 && (first === -1 || next[i]! < first)) first = next[i]!;
    }
    return first;
  };
}

/** The tuples after `VALUES`: string literals as cells (quotes off, `''` kept), other values as empty cells. */
function* valuesRows(text: string, at: number): Generator<Cell[]> {
  for (;;) {
    while (/\s/.test(text[at] ?? '')) at++;
    if (text[at] !== '(') return;
    const cells: Cell[] = [];
    let cell: Cell = { text: '', from: at + 1, to: at + 1 };
    let depth = 0;
    for (at++; at < text.length; at++) {
      const c = text[at];
      if (c === "'") {
        const end = closingQuote(text, at);
        if (end === -1) return;
        cell = { text: text.slice(at + 1, end), from: at + 1, to: end };
        at = end;
      } else if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      else if ((c === ',' || c === ')') && depth === 0) {
        cells.push(cell);
        cell = { text: '', from: at + 1, to: at + 1 };
        if (c === ')') break;
      }
    }
    yield cells;
    at++;
    while (/\s/.test(text[at] ?? '')) at++;
    if (text[at] !== ',') return;
    at++;
  }
}

function closingQuote(text: string, open: number): number {
  for (let at = open + 1; at < text.length; at++) {
    if (text[at] === "'") {
      if (text[at + 1] !== "'") return at;
      at++;
    } else if (text[at] === '\n' && at - open > MAX_CELL) return -1;
  }
  return -1;
}

/** The tab-separated rows of a `COPY … FROM stdin` block, up to its `\\.` line. */
function* copyRows(text: string, at: number): Generator<Cell[]> {
  while (at < text.length && !text.startsWith('\\.', at)) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    yield cellsOf(text, at, end > at && text[end - 1] === '\r' ? end - 1 : end, '\t');
    at = end + 1;
  }
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
