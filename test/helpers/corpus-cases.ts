// Loads the detection corpus (test/corpus/<class>/<case>/…) and writes each case to disk with its tokens expanded:
// keys and decoys are drawn at run time from a PRNG seeded by the case's name, so a case's values never depend on
// which other cases exist.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { asarOf, crxOf, zipOf } from './archive.js';
import { parseToken, tokenValue, type Token } from './corpus-values.js';
import { seeded } from './fake.js';
import { gitEnv } from './git.js';

/** The classes of the corpus, in the order the score table lists them. */
export const CLASSES = ['header', 'fallback', 'name', 'alphabet', 'encoded', 'files', 'attribution', 'decoy'] as const;

/** A file built from a template at run time (too big, or in an encoding, that the repository should not hold). */
interface Generate {
  /** Template, relative to the case; it is not written itself. */
  from: string;
  /** Where the built file goes, relative to the case. */
  to: string;
  encoding?: 'utf8' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be' | 'latin1';
  bom?: boolean;
  /** Line ends: `crlf` (Windows), `cr` (classic Mac OS, some export tools). */
  eol?: 'lf' | 'crlf' | 'cr';
  /**
   * Replaces the template's `{{pad}}` line with numbered copies of `line` (`%d`), joined by `join` (a newline by
   * default), until they fill `bytes`; `exact` cuts them to exactly `bytes`, to put what follows at a chosen offset.
   */
  pad?: { line: string; bytes: number; join?: string; exact?: boolean };
  /** Written gzipped (`to` ends in `.gz`): findings are expected in its one entry, `<to>!<name without .gz>`. */
  gzip?: boolean;
  /**
   * Written as the one entry `entry` of an archive of `kind` (a `.docx` zip's `word/document.xml`, an Electron
   * `.asar`'s `main.js`), built at run time: findings are expected in `<to>!<entry>`.
   */
  archive?: { kind: 'zip' | 'asar' | 'crx'; entry: string };
}

/** `case.json`: what a case needs beyond its files. */
export interface CaseSpec {
  about?: string;
  /**
   * Steps run in order after the files are written: git argument lists, or files to write between them (for what only
   * exists after a commit, such as `.git/info/exclude`). The case is then scanned as its own repository.
   */
  git?: Array<string[] | { write: string; text: string }>;
  generate?: Generate[];
}

/** One case: a folder of template files. */
export interface CorpusCase {
  cls: string;
  name: string;
  /** Template files by path relative to the case (without case.json and generate templates). */
  files: Map<string, string>;
  /** Generate templates by path relative to the case. */
  templates: Map<string, string>;
  spec: CaseSpec;
}

/** A token as written to disk: where it is and what value it got. */
export interface Planted {
  /** `<class>/<case>/<path>`, as the score names it. */
  file: string;
  line: number;
  value: string;
  token: Token;
  cls: string;
}

const TOKEN = /\{\{(key|decoy|fake):([^{}]*?)\}\}|\{\{rest\}\}/g;

/** Every case under `root`, sorted by class and name; throws on a class folder the score does not know. */
export function loadCorpus(root: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const cls of fs.readdirSync(root).sort()) {
    // Files beside the classes (the README) are not cases.
    if (!fs.statSync(path.join(root, cls)).isDirectory()) continue;
    if (!(CLASSES as readonly string[]).includes(cls)) {
      throw new Error(`test/corpus/${cls}: not one of ${CLASSES.join(', ')}`);
    }
    for (const name of fs.readdirSync(path.join(root, cls)).sort()) {
      const dir = path.join(root, cls, name);
      const specFile = path.join(dir, 'case.json');
      const spec = (fs.existsSync(specFile) ? JSON.parse(fs.readFileSync(specFile, 'utf8')) : {}) as CaseSpec;
      const fromTemplates = new Set((spec.generate ?? []).map((g) => g.from));
      const files = new Map<string, string>();
      const templates = new Map<string, string>();
      for (const rel of listFiles(dir)) {
        if (rel === 'case.json') continue;
        const text = fs.readFileSync(path.join(dir, rel), 'utf8');
        (fromTemplates.has(rel) ? templates : files).set(rel, text);
      }
      cases.push({ cls, name, files, templates, spec });
    }
  }
  return cases;
}

/** Every file under `dir`, in a stable order (seeded values are drawn in this order). */
function listFiles(dir: string, prefix = ''): string[] {
  const entries = fs.readdirSync(path.join(dir, prefix), { withFileTypes: true });
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, rel) : [rel];
    });
}

/** Writes the case under `dest` with its tokens expanded (and runs its git steps there); returns what it planted. */
export function writeCase(c: CorpusCase, dest: string, seed: number): Planted[] {
  const rnd = seeded(hash(`${seed}/${c.cls}/${c.name}`));
  const planted: Planted[] = [];
  const plant = (rel: string, template: string, entry = '') => {
    const { text, tokens } = expand(template, rnd, `${c.cls}/${c.name}/${rel}`);
    const file = `${c.cls}/${c.name}/${rel}${entry}`;
    for (const { offset, value, token } of tokens) {
      planted.push({ file, line: lineAt(text, offset), value, token, cls: c.cls });
    }
    return text;
  };
  for (const [rel, template] of c.files) write(dest, rel, plant(rel, template));
  for (const g of c.spec.generate ?? []) {
    const template = c.templates.get(g.from);
    if (template === undefined) throw new Error(`${c.cls}/${c.name}/case.json: no template ${g.from}`);
    const entry = g.archive ? `!${g.archive.entry}` : g.gzip ? `!${path.basename(g.to, '.gz')}` : '';
    const text = plant(g.to, pad(template, g), entry);
    const eol = g.eol === 'crlf' ? '\r\n' : g.eol === 'cr' ? '\r' : '\n';
    const bytes = encode(text.replace(/\n/g, eol), g);
    write(dest, g.to, g.gzip ? gzipSync(bytes) : g.archive ? archived(bytes, g.archive) : bytes);
  }
  if (c.spec.git) {
    const git = (args: string[]) => execFileSync('git', args, { cwd: dest, env: gitEnv(), stdio: 'pipe' });
    git(['-c', 'init.defaultBranch=main', 'init', '-q']);
    for (const step of c.spec.git) {
      if (Array.isArray(step)) git(step);
      else write(dest, step.write, step.text);
    }
  }
  return planted;
}

/** `bytes` as the one entry of an archive of the given kind. */
function archived(bytes: Buffer, archive: NonNullable<Generate['archive']>): Buffer {
  const entries = [{ name: archive.entry, content: bytes }];
  if (archive.kind === 'crx') return crxOf(zipOf(entries));
  return archive.kind === 'asar' ? asarOf(entries) : zipOf(entries);
}

function write(root: string, rel: string, content: string | Buffer): void {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/**
 * An encoded region: `{{b64}}…{{/b64}}` (or `b64url`) is written as the base64 of its expanded text, so that a key
 * can be planted inside a Kubernetes Secret's data or a decode call; `{{json-slash}}` escapes `/` as PHP's
 * json_encode does (`\/`), `{{json-unicode}}` escapes `+` as .NET's System.Text.Json does (`\u002B`), `{{url}}`
 * percent-encodes, `{{unicode-escape}}` and `{{hex-escape}}` write every character as a `\uXXXX` or `\xHH` escape (as
 * obfuscators do), `{{reverse}}` writes the text right to left (a key turned round where it is used), `{{rot13}}` in ROT13; `{{char-codes}}`,
 * `{{char-hex}}` and `{{char-literals}}` write the text as a list of its character codes (`104, 99`, `0x68, 0x63`,
 * `'h', 'c'`), `{{hex}}` as hex digits; `{{gzip-b64}}` and `{{zlib-b64}}` write base64 of the gzipped or
 * zlib-compressed text, `{{helm-release}}` base64 of that (a Helm release in a Secret's `data`), `{{b64-b64}}`
 * base64 of base64 (a value encoded again where it is stored), `{{unicode-brace}}`
 * every character as Dart's and Swift's `\u{HH}`, `{{html-entities}}` every character but letters and digits as
 * `&#NN;`, `{{b32}}` as base32 (RFC 4648, padded). Its tokens land where the region starts. `{{octal-escape}}` writes
 * every character `\NNN` (bash's `$'…'`), `{{url-lower}}` every character `%hh`, `{{html-entities-all}}` every
 * character `&#NN;`, `{{utf16-b64}}` base64 of the UTF-16LE text (PowerShell's `-EncodedCommand`), `{{b64-lines}}`
 * base64 in lines of 64 (`certutil -encode`, `openssl base64`); `{{xxd}}`, `{{hexdump-c}}`, `{{od-c}}` and
 * `{{tcpdump-x}}` write the text as those tools dump it, 16 bytes a line, and their tokens land at the
 * start of the dump line that shows the token's first byte. `{{reg-hex}}` writes the text as a registry export's
 * bytes (`hex(2):` and `hex(7):` values): UTF-16LE, each line ended by a NUL and a multi-string by another, as
 * comma-separated hex wrapped with `\` continuations (`{{reg-hex-ansi}}`: one byte a character, as REGEDIT4 writes it).
 */
const REGION =
  /\{\{(b64|b64url|json-slash|json-unicode|url|unicode-escape|reverse|rot13|hex-escape|char-codes|char-hex|char-literals|hex|gzip-b64|zlib-b64|helm-release|b64-b64|unicode-brace|html-entities|b32|octal-escape|url-lower|html-entities-all|utf16-b64|xxd|hexdump-c|od-c|tcpdump-x|b64-lines|reg-hex|reg-hex-ansi)\}\}([\s\S]*?)\{\{\/\1\}\}/g;
const ROT13_FROM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ROT13_TO = 'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm';
const codes = (text: string, code: (c: number) => string) => [...text].map((c) => code(c.charCodeAt(0))).join(', ');
const ENCODE: Record<string, (text: string) => string> = {
  b64: (text) => Buffer.from(text, 'utf8').toString('base64'),
  b64url: (text) => Buffer.from(text, 'utf8').toString('base64url'),
  'json-slash': (text) => text.replaceAll('/', '\\/'),
  'json-unicode': (text) => text.replaceAll('+', '\\u002B'),
  url: encodeURIComponent,
  'unicode-escape': (text) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  reverse: (text) => [...text].reverse().join(''),
  rot13: (text) => text.replace(/[a-z]/gi, (c) => ROT13_TO[ROT13_FROM.indexOf(c)]!),
  'hex-escape': (text) => [...text].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''),
  'char-codes': (text) => codes(text, String),
  'char-hex': (text) => codes(text, (c) => `0x${c.toString(16)}`),
  'char-literals': (text) => codes(text, (c) => `'${String.fromCharCode(c)}'`),
  hex: (text) => Buffer.from(text, 'utf8').toString('hex'),
  'gzip-b64': (text) => gzipSync(Buffer.from(text, 'utf8')).toString('base64'),
  'zlib-b64': (text) => deflateSync(Buffer.from(text, 'utf8')).toString('base64'),
  'helm-release': (text) => Buffer.from(gzipSync(Buffer.from(text, 'utf8')).toString('base64')).toString('base64'),
  'b64-b64': (text) => Buffer.from(Buffer.from(text, 'utf8').toString('base64')).toString('base64'),
  'unicode-brace': (text) => [...text].map((c) => `\\u{${c.charCodeAt(0).toString(16)}}`).join(''),
  'html-entities': (text) => text.replace(/[^A-Za-z0-9]/g, (c) => `&#${c.charCodeAt(0)};`),
  b32: (text) => base32(Buffer.from(text, 'utf8')),
  'octal-escape': (text) => [...text].map((c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`).join(''),
  'url-lower': (text) => [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''),
  'html-entities-all': (text) => [...text].map((c) => `&#${c.charCodeAt(0)};`).join(''),
  'utf16-b64': (text) => Buffer.from(text, 'utf16le').toString('base64'),
  'b64-lines': (text) =>
    `${(
      Buffer.from(text, 'utf8')
        .toString('base64')
        .match(/.{1,64}/g) ?? []
    ).join('\n')}\n`,
  'reg-hex': (text) => registryHex(text, 'utf16le'),
  'reg-hex-ansi': (text) => registryHex(text, 'latin1'),
  xxd: (text) => dump(text, xxdLine),
  'tcpdump-x': (text) => dump(text, (bytes, at) => `\t0x${xxdLine(bytes, at).slice(4).replace(': ', ':  ')}`),
  'hexdump-c': (text) => dump(text, hexdumpLine, (n) => `${n.toString(16).padStart(8, '0')}\n`),
  'od-c': (text) => dump(text, odLine, (n) => `${n.toString(8).padStart(7, '0')}\n`),
};
/** A registry export's value bytes, 24 a line after the first line's 20 (regedit wraps at 80 columns). */
function registryHex(text: string, encoding: 'utf16le' | 'latin1'): string {
  const strings = text.split('\n');
  const bytes = [...Buffer.from(`${strings.join('\0')}\0${strings.length > 1 ? '\0' : ''}`, encoding)];
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0'));
  const lines = [
    hex.slice(0, 20),
    ...Array.from({ length: Math.ceil((hex.length - 20) / 24) }, (_, i) => hex.slice(20 + i * 24, 44 + i * 24)),
  ];
  return lines
    .filter((line) => line.length > 0)
    .map((line) => line.join(','))
    .join(',\\\n  ');
}

/** Regions written as dumps of 16 bytes a line: a token lands on the line of its first byte. */
const DUMPS = new Set(['xxd', 'hexdump-c', 'od-c', 'tcpdump-x']);

/** The text dumped 16 bytes a line, each line as `line` writes it, and the dump's closing line if it has one. */
function dump(text: string, line: (bytes: Buffer, at: number) => string, end?: (n: number) => string): string {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  for (let at = 0; at < bytes.length; at += 16) out += `${line(bytes.subarray(at, at + 16), at)}\n`;
  return out + (end?.(bytes.length) ?? '');
}
const shown = (bytes: Buffer) => [...bytes].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
const hex2 = (b: number) => b.toString(16).padStart(2, '0');
/** `xxd`: `00000010: 4e4f 5641 …  NOVA…`. */
function xxdLine(bytes: Buffer, at: number): string {
  const pairs = [];
  for (let i = 0; i < bytes.length; i += 2) pairs.push([...bytes.subarray(i, i + 2)].map(hex2).join(''));
  return `${at.toString(16).padStart(8, '0')}: ${pairs.join(' ').padEnd(39)}  ${shown(bytes)}`;
}
/** `hexdump -C`: `00000010  4e 4f 56 41 … |NOVA…|`. */
function hexdumpLine(bytes: Buffer, at: number): string {
  const half = (part: Buffer) => [...part].map((b) => `${hex2(b)} `).join('');
  const columns = `${half(bytes.subarray(0, 8))} ${half(bytes.subarray(8, 16))}`.padEnd(49);
  return `${at.toString(16).padStart(8, '0')}  ${columns} |${shown(bytes)}|`;
}
/** `od -c`: `0000020   N   O   V   A …`, control characters as `\n` and the like, other bytes in octal. */
function odLine(bytes: Buffer, at: number): string {
  const names: Record<number, string> = {
    0: '\\0',
    7: '\\a',
    8: '\\b',
    9: '\\t',
    10: '\\n',
    11: '\\v',
    12: '\\f',
    13: '\\r',
  };
  const cell = (b: number) =>
    names[b] ?? (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : b.toString(8).padStart(3, '0'));
  return at.toString(8).padStart(7, '0') + [...bytes].map((b) => cell(b).padStart(4)).join('');
}

/** RFC 4648 base32 with `=` padding (Python's `base64.b32encode`). */
function base32(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet[(value >> bits) & 31];
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

/** Replaces each token with a fresh value; returns the text and where each value landed. */
function expand(template: string, rnd: () => number, where: string) {
  const tokens: Array<{ offset: number; value: string; token: Token }> = [];
  let text = '';
  let last = 0;
  for (const region of template.matchAll(REGION)) {
    const before = expandTokens(template.slice(last, region.index), rnd, where);
    for (const t of before.tokens) tokens.push({ ...t, offset: text.length + t.offset });
    text += before.text;
    const inner = expandTokens(region[2]!, rnd, where);
    const encoded = ENCODE[region[1]!]!(inner.text);
    for (const t of inner.tokens) {
      const line = Math.floor(Buffer.byteLength(inner.text.slice(0, t.offset)) / 16);
      tokens.push({ ...t, offset: text.length + (DUMPS.has(region[1]!) ? nthLineStart(encoded, line) : 0) });
    }
    text += encoded;
    last = region.index + region[0].length;
  }
  const rest = expandTokens(template.slice(last), rnd, where);
  for (const t of rest.tokens) tokens.push({ ...t, offset: text.length + t.offset });
  return { text: text + rest.text, tokens };
}

function expandTokens(template: string, rnd: () => number, where: string) {
  const tokens: Array<{ offset: number; value: string; token: Token }> = [];
  let text = '';
  let last = 0;
  // A `split` key is written in two parts: its first half (`split=N`: N characters) at the token, the rest at the
  // next `{{rest}}`.
  let rest: string | undefined;
  for (const m of template.matchAll(TOKEN)) {
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] === undefined) {
      if (rest === undefined) throw new Error(`${where}: {{rest}} without a split key before it`);
      text += rest;
      rest = undefined;
      continue;
    }
    const token = parseToken(m[1] as Token['type'], m[2]!, where);
    const value = tokenValue(token, rnd);
    tokens.push({ offset: text.length, value, token });
    const half = token.split ? (token.splitAt ?? Math.ceil(value.length / 2)) : value.length;
    text += value.slice(0, half);
    if (token.split) rest = value.slice(half);
  }
  if (rest !== undefined) throw new Error(`${where}: a split key's {{rest}} is missing`);
  return { text: text + template.slice(last), tokens };
}

/** Where the text's line `n` (from 0) starts. */
function nthLineStart(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) at = text.indexOf('\n', at) + 1;
  return at;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function pad(template: string, g: Generate): string {
  if (!g.pad) return template;
  const { line, bytes, join = '\n', exact = false } = g.pad;
  const unit = g.encoding?.startsWith('utf32') ? 4 : g.encoding === 'utf16le' || g.encoding === 'utf16be' ? 2 : 1;
  const parts: string[] = [];
  for (let size = 0, i = 1; size * unit < bytes; i++) {
    const part = line.replace('%d', String(i));
    parts.push(part);
    size += part.length + join.length;
  }
  const filler = parts.join(join) + join;
  if (!template.includes('{{pad}}\n')) throw new Error(`${g.from}: no {{pad}} line`);
  // Cut to size, the filler still ends with its separator, so that what follows starts clean.
  const cut = exact ? filler.slice(0, bytes / unit - join.length) + join : filler;
  return template.replace('{{pad}}\n', () => cut);
}

function encode(text: string, g: Generate): Buffer {
  const bom = g.bom ? '\ufeff' : '';
  if (g.encoding === 'utf16le') return Buffer.from(bom + text, 'utf16le');
  if (g.encoding === 'utf16be') return Buffer.from(bom + text, 'utf16le').swap16();
  if (g.encoding === 'utf32le' || g.encoding === 'utf32be') {
    const points = [...(bom + text)].map((c) => c.codePointAt(0)!);
    const out = Buffer.alloc(points.length * 4);
    points.forEach((p, i) => (g.encoding === 'utf32le' ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
    return out;
  }
  if (g.encoding === 'latin1') return Buffer.from(text, 'latin1');
  return Buffer.from(bom + text, 'utf8');
}

/** FNV-1a of a string: a stable per-case seed. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
