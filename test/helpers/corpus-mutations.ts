// Transformations of an expanded corpus case that should not change what keylint finds (or change it in a way stated
// here): line endings, a byte-order mark, whitespace, indentation, names, quotes, folders, file-name case, long
// unrelated lines, key bodies at the edges of their alphabets and lengths, minified files, a file shown in a README.
// Each works on the case's written files (path → text) and says which files it changed and how paths and secrets map
// back, so a scan of the mutated case can be compared with a scan of the original one.
import { transformSync } from 'esbuild';
import { randomString } from './fake.js';

/** One written file of a case. */
export interface CaseFile {
  rel: string;
  text: string;
}

/** What a mutation did to a case: its files, the original path of each, and the secrets it rewrote (old → new). */
export interface Mutated {
  files: CaseFile[];
  origin: Map<string, string>;
  secrets: Map<string, string>;
  /** Files it changed (original paths); a case where it changed none is not counted. */
  changed: Set<string>;
}

/** What a mutation is told about a case: its files and the values planted in each (keys and decoys). */
export interface CaseInput {
  files: CaseFile[];
  planted: Map<string, Array<{ value: string; kind: string }>>;
  rnd: () => number;
}

/** A mutation; `samePolicies: false` when where a file sits decides policies that the mutation moves it out of. */
export interface Mutation {
  name: string;
  about: string;
  samePolicies: boolean;
  apply: (input: CaseInput) => Mutated;
}

/** The syntax family of a file, by its name: it decides which mutations keep the file's meaning. */
export type Family =
  | 'json'
  | 'yaml'
  | 'toml'
  | 'js'
  | 'py'
  | 'php'
  | 'rb'
  | 'cstyle'
  | 'shell'
  | 'dotenv'
  | 'ini'
  | 'properties'
  | 'xml'
  | 'md'
  | 'make'
  | 'hashconf'
  | 'other';

const EXT: Record<string, Family> = {
  json: 'json',
  har: 'json',
  ipynb: 'json',
  yml: 'yaml',
  yaml: 'yaml',
  toml: 'toml',
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'js',
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  py: 'py',
  php: 'php',
  rb: 'rb',
  go: 'cstyle',
  java: 'cstyle',
  kt: 'cstyle',
  kts: 'cstyle',
  cs: 'cstyle',
  swift: 'cstyle',
  rs: 'cstyle',
  c: 'cstyle',
  h: 'cstyle',
  cpp: 'cstyle',
  scala: 'cstyle',
  dart: 'cstyle',
  groovy: 'cstyle',
  gradle: 'cstyle',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  env: 'dotenv',
  ini: 'ini',
  cfg: 'ini',
  properties: 'properties',
  xml: 'xml',
  plist: 'xml',
  csproj: 'xml',
  md: 'md',
  mk: 'make',
  tf: 'hashconf',
  hcl: 'hashconf',
  conf: 'hashconf',
};

/** The family of a file by its name (`.env.local` and `.env` are dotenv, `Makefile` make). */
export function familyOf(rel: string): Family {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  if (/^\.env(?:\.|$)/.test(base)) return 'dotenv';
  if (base === 'Makefile' || base === 'GNUmakefile') return 'make';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? (EXT[base.slice(dot + 1)] ?? 'other') : 'other';
}

const LINE_COMMENT: Partial<Record<Family, string>> = {
  yaml: '#',
  toml: '#',
  js: '//',
  py: '#',
  php: '//',
  rb: '#',
  cstyle: '//',
  shell: '#',
  dotenv: '#',
  ini: '#',
  properties: '#',
  make: '#',
  hashconf: '#',
};

/** A mutation applied file by file: `each` returns the new text (and path), or undefined to leave the file. */
function perFile(
  name: string,
  about: string,
  each: (file: CaseFile, family: Family, input: CaseInput) => { text?: string; rel?: string } | undefined,
  samePolicies = true,
): Mutation {
  return {
    name,
    about,
    samePolicies,
    apply: (input) => {
      const out: Mutated = { files: [], origin: new Map(), secrets: new Map(), changed: new Set() };
      for (const file of input.files) {
        const done = each(file, familyOf(file.rel), input);
        const rel = done?.rel ?? file.rel;
        const text = done?.text ?? file.text;
        if (rel !== file.rel || text !== file.text) out.changed.add(file.rel);
        out.files.push({ rel, text });
        out.origin.set(rel, file.rel);
      }
      return out;
    },
  };
}

const lines = (text: string) => text.split('\n');

/** Lines that end in a backslash continue onto the next: whitespace after it would end them. */
const continues = (line: string) => /\\\r?$/.test(line);

/** Leading spaces rewritten by `f` (given their count), on every line but those inside a heredoc-like literal. */
function reindent(text: string, f: (spaces: number) => string): string {
  return lines(text)
    .map((line) => {
      const m = /^ +/.exec(line);
      return m ? f(m[0].length) + line.slice(m[0].length) : line;
    })
    .join('\n');
}

/** The smallest indentation of the text (its unit), or 0 when nothing is indented with spaces. */
function indentUnit(text: string): number {
  let unit = 0;
  for (const m of text.matchAll(/^( +)\S/gm)) if (!unit || m[1]!.length < unit) unit = m[1]!.length;
  return unit;
}

/** Filler prose of about `bytes` bytes with no key-shaped word in it. */
function filler(rnd: () => number, bytes: number): string {
  const words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'render', 'cache', 'value', 'layout', 'retry', 'batch'];
  let s = '';
  while (s.length < bytes) s += `${words[Math.floor(rnd() * words.length)]} `;
  return s.trimEnd();
}

/** Lines holding a planted value of this file. */
function valueLines(file: CaseFile, input: CaseInput): Set<number> {
  const found = new Set<number>();
  const all = lines(file.text);
  for (const { value } of input.planted.get(file.rel) ?? []) {
    all.forEach((line, i) => {
      if (line.includes(value)) found.add(i);
    });
  }
  return found;
}

/** The separator between a binding's name and the planted value on its line: `name <sep> ["']?value`. */
function separatorBefore(line: string, value: string): RegExpExecArray | null {
  const at = line.indexOf(value);
  if (at < 0) return null;
  const head = line.slice(0, at);
  // A `name=value` inside a URL's query or a connection string (`?api_key=`, `;ApiKey=`) is text of a string.
  const m = /([A-Za-z0-9_\]"'`)])([ \t]*)(=>|:=|=|:)([ \t]*)(?:[rbfu]|@)?(["'`]?)$/.exec(head);
  return m && !/[?&;][A-Za-z0-9_.-]*$/.test(head.slice(0, m.index + 1)) ? m : null;
}

/** Rewrites the separator of each key line with `f` (given the separator and the family), where it allows it. */
function rebind(
  name: string,
  about: string,
  families: Family[],
  f: (sep: string, family: Family) => { before: string; after: string } | undefined,
): Mutation {
  return perFile(name, about, (file, family, input) => {
    if (!families.includes(family)) return undefined;
    const keyLines = valueLines(file, input);
    if (!keyLines.size) return undefined;
    const values = (input.planted.get(file.rel) ?? []).map((p) => p.value);
    const out = lines(file.text).map((line, i) => {
      if (!keyLines.has(i)) return line;
      const value = values.find((v) => line.includes(v))!;
      const m = separatorBefore(line, value);
      if (!m || (m[3] === ':' && /https?$/.test(line.slice(0, m.index + 1)))) return line;
      const glue = f(m[3]!, family);
      if (!glue) return line;
      const at = m.index + m[1]!.length;
      const rest = line.slice(at + m[2]!.length + m[3]!.length + m[4]!.length);
      const indent = /^[ \t]*/.exec(line)![0];
      return line.slice(0, at) + glue.before + m[3] + glue.after.replaceAll('INDENT', `${indent}    `) + rest;
    });
    return { text: out.join('\n') };
  });
}

/** Splits an identifier into lower-case words (`NOVAMED_API_KEY`, `novamedApiKey`, `NovaMedAPIKey`). */
function words(id: string): string[] {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split('_')
    .filter(Boolean);
}

const STYLES: Record<string, (w: string[]) => string> = {
  snake: (w) => w.join('_'),
  screaming: (w) => w.join('_').toUpperCase(),
  camel: (w) => w.map((x, i) => (i ? x[0]!.toUpperCase() + x.slice(1) : x)).join(''),
  pascal: (w) => w.map((x) => x[0]!.toUpperCase() + x.slice(1)).join(''),
  flat: (w) => w.join(''),
};

/**
 * Variables a build tool inlines by their exact (upper-case) prefix: renamed, they would no longer be inlined, which
 * changes the policy, not the binding.
 */
const INLINED_PREFIX = /^(?:next|vite|react|vue|ng|expo|public|nuxt|gatsby|storybook|snowpack)$/;
/** Lines that name a library's modules and classes (`from rest_framework_api_key.models import APIKey`). */
const IMPORT_LINE = /^[ \t]*(?:from|import|use|using|require)\b|\brequire\(/;

/** Renames every `…api key` identifier of a file into one spelling; a header's name (`X_API_KEY`) stays. */
function rename(style: string): Mutation {
  const renamed = (id: string) => {
    const w = words(id);
    const n = w.length;
    if (n < 2 || w[n - 1] !== 'key' || w[n - 2] !== 'api' || w.includes('x') || w.includes('http')) return id;
    if (w.some((x) => !/^[a-z][a-z0-9]*$/.test(x)) || INLINED_PREFIX.test(w[0]!)) return id;
    return STYLES[style]!(w);
  };
  return perFile(`rename-${style}`, `identifiers ending in "api key" written ${style}`, (file) => {
    const text = lines(file.text)
      .map((line) =>
        IMPORT_LINE.test(line)
          ? line
          : line.replace(/(?<![A-Za-z0-9_/-])[A-Za-z][A-Za-z0-9_]*(?![A-Za-z0-9_-])/g, renamed),
      )
      .join('\n');
    return { text };
  });
}

const QUOTE_FAMILIES: Family[] = ['js', 'py', 'php', 'yaml', 'toml', 'rb'];

/** Swaps `'…'` and `"…"` for literals that hold no quote, backslash or interpolation, so both mean the same. */
function swapQuotes(text: string, family: Family): string {
  const plain = family === 'php' || family === 'rb' ? /[$#{]/ : family === 'js' ? /\$\{/ : /$^/;
  return text.replace(/(?<![A-Za-z0-9\\'"`])(['"])([^'"`\\\n]*)\1(?![A-Za-z0-9'"`])/g, (whole, q: string, body) => {
    if (plain.test(body)) return whole;
    const other = q === '"' ? "'" : '"';
    return `${other}${body}${other}`;
  });
}

/** A fresh body for a planted key, of the given length and alphabet. */
type Regen = (value: string, kind: string, rnd: () => number) => string | undefined;

const PRD = 'max_prd_' + 'ak_';
const DEV = 'max_dev_' + 'ak_';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A string of `n` from `set` holding a letter and a digit, without a run of four alike (placeholder shapes). */
function body(rnd: () => number, n: number, set: string): string {
  for (;;) {
    const s = randomString(n, rnd, set);
    if (/[A-Za-z]/.test(s) && /[0-9]/.test(s) && !/(.)\1\1\1/.test(s)) return s;
  }
}

/** Regenerates Max AI bodies, opaque NovaMed keys and opaque MaiAgent keys; `8.32` MaiAgent keys keep their shape. */
function regen(name: string, about: string, make: (kind: string, rnd: () => number) => string): Mutation {
  const f: Regen = (value, kind, rnd) => {
    if (kind.startsWith('maxai')) return (value.startsWith(PRD) ? PRD : DEV) + make('maxai', rnd);
    if (kind === 'novamed' || kind === 'novamed-b64') return make('novamed', rnd);
    if (kind === 'maiagent-opaque') return make('maiagent', rnd);
    if (kind === 'maiagent') return `${body(rnd, 8, ALNUM)}.${body(rnd, 32, ALNUM)}`;
    return undefined;
  };
  return {
    name,
    about,
    samePolicies: true,
    apply: (input) => {
      const out: Mutated = { files: [], origin: new Map(), secrets: new Map(), changed: new Set() };
      for (const file of input.files) {
        let text = file.text;
        for (const { value, kind } of input.planted.get(file.rel) ?? []) {
          if (!text.includes(value)) continue;
          const next = out.secrets.get(value) ?? f(value, kind, input.rnd);
          if (!next) continue;
          out.secrets.set(value, next);
          text = text.replaceAll(value, next);
        }
        if (text !== file.text) out.changed.add(file.rel);
        out.files.push({ rel: file.rel, text });
        out.origin.set(file.rel, file.rel);
      }
      return out;
    },
  };
}

/** Minifies JSON by parsing it, JavaScript and TypeScript by esbuild's whitespace pass (names kept). */
function minify(file: CaseFile, family: Family): string | undefined {
  if (family === 'json') {
    try {
      return JSON.stringify(JSON.parse(file.text));
    } catch {
      return undefined;
    }
  }
  if (family !== 'js') return undefined;
  const loader = /\.tsx$/.test(file.rel)
    ? 'tsx'
    : /\.[mc]?ts$/.test(file.rel)
      ? 'ts'
      : /\.jsx$/.test(file.rel)
        ? 'jsx'
        : 'js';
  try {
    return transformSync(file.text, {
      loader,
      minifyWhitespace: true,
      legalComments: 'none',
      logLevel: 'silent',
    }).code.trimEnd();
  } catch {
    return undefined;
  }
}

const FENCE_LANG: Partial<Record<Family, string>> = {
  json: 'json',
  yaml: 'yaml',
  toml: 'toml',
  js: 'js',
  py: 'python',
  php: 'php',
  rb: 'ruby',
  shell: 'bash',
  dotenv: 'bash',
  ini: 'ini',
  xml: 'xml',
};

const EXACT_NAMES = new Set([
  'manifest.json',
  'package.json',
  'Makefile',
  'Dockerfile',
  'app.json',
  'Cargo.toml',
  // Vite and SvelteKit load their config by this exact name; another case is no config to them.
  'vite.config.ts',
  'vite.config.js',
  'vite.config.mjs',
  'vite.config.mts',
  'svelte.config.js',
]);

/** Every mutation of the sweep, in the order the report lists them. */
export const MUTATIONS: Mutation[] = [
  perFile('crlf', 'CRLF line endings', (f) => ({ text: f.text.replace(/\r?\n/g, '\r\n') })),
  perFile('cr', 'CR line endings (classic Mac)', (f) => ({ text: f.text.replace(/\r?\n/g, '\r') })),
  perFile('bom', 'a UTF-8 byte-order mark', (f) =>
    f.text.startsWith('\ufeff') ? undefined : { text: `\ufeff${f.text}` },
  ),
  perFile('trailing-ws', 'spaces and a tab after every line (not after a continuation backslash)', (f, family) =>
    family === 'md'
      ? undefined
      : {
          text: lines(f.text)
            .map((l) => (continues(l) || !l ? l : `${l}  \t`))
            .join('\n'),
        },
  ),
  perFile('tabs', 'leading spaces as tabs, one per indentation unit', (f, family) => {
    if (!['js', 'cstyle', 'php', 'json', 'xml', 'toml', 'hashconf', 'rb', 'ini'].includes(family)) return undefined;
    const unit = indentUnit(f.text);
    return unit
      ? { text: reindent(f.text, (n) => '\t'.repeat(Math.floor(n / unit)) + ' '.repeat(n % unit)) }
      : undefined;
  }),
  perFile('indent-double', 'every indentation doubled', (f, family) =>
    family === 'md' || family === 'other' ? undefined : { text: reindent(f.text, (n) => ' '.repeat(2 * n)) },
  ),
  rebind(
    'line-break-before-value',
    "a line break between a key line's name and its value (Prettier's long strings)",
    ['js', 'cstyle', 'php', 'json', 'yaml', 'rb'],
    (sep, family) => (family === 'yaml' && sep !== ':' ? undefined : { before: '', after: '\nINDENT' }),
  ),
  rebind(
    'blank-line-before-value',
    "a blank line between a key line's name and its value",
    ['js', 'cstyle', 'php', 'json', 'yaml', 'rb'],
    (sep, family) => (family === 'yaml' && sep !== ':' ? undefined : { before: '', after: '\n\nINDENT' }),
  ),
  rebind(
    'comment-before-value',
    "a comment line between a key line's name and its value",
    ['js', 'cstyle', 'php', 'yaml', 'rb'],
    (sep, family) =>
      family === 'yaml' && sep !== ':'
        ? undefined
        : { before: '', after: `\nINDENT${LINE_COMMENT[family]} rotated quarterly\nINDENT` },
  ),
  perFile('long-lines-around', 'a 2-20 KB comment line at the top and at the end of the file', (f, family, input) => {
    const mark = family === 'md' ? '' : LINE_COMMENT[family];
    if (mark === undefined) return undefined;
    const long = () => `${mark}${mark ? ' ' : ''}${filler(input.rnd, 2048 + Math.floor(input.rnd() * 18 * 1024))}`;
    const first = /^(?:#!|<\?php)[^\n]*\n/.exec(f.text)?.[0] ?? '';
    // A shebang or `<?php` must stay first; front matter too, so such files are left.
    if (/^---\s*\n/.test(f.text)) return undefined;
    const rest = f.text.slice(first.length);
    return { text: `${first}${long()}\n${rest}${rest.endsWith('\n') ? '' : '\n'}${long()}\n` };
  }),
  perFile('one-folder-deeper', 'the case moved under app/', (f) => ({ rel: `app/${f.rel}` })),
  perFile('three-folders-deeper', 'the case moved under packages/app/src/', (f) => ({
    rel: `packages/app/src/${f.rel}`,
  })),
  perFile('name-case', 'file names in other letter case (.ENV.LOCAL, Config.JSON)', (f) => {
    const slash = f.rel.lastIndexOf('/') + 1;
    const base = f.rel.slice(slash);
    // Tools find these by their exact name (a browser reads `manifest.json`, npm `package.json`).
    if (EXACT_NAMES.has(base)) return undefined;
    const next = base.startsWith('.')
      ? base.toUpperCase()
      : base.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/\.[A-Za-z0-9]+$/, (e) => e.toUpperCase());
    return next === base ? undefined : { rel: f.rel.slice(0, slash) + next };
  }),
  regen('key-shortest', 'key bodies at the shortest length keylint documents (20)', (_, rnd) => body(rnd, 20, ALNUM)),
  regen('key-longest', 'key bodies at the longest length keylint documents (128)', (_, rnd) => body(rnd, 128, ALNUM)),
  regen(
    'key-alphabet-edges',
    "key bodies of the alphabet's other characters: `-`/`_` at the ends (Max AI), base64 `+/` and `==` (NovaMed), lower case (MaiAgent)",
    (vendor, rnd) => {
      if (vendor === 'maxai') return `_${body(rnd, 18, `${ALNUM}-_`)}-`;
      if (vendor === 'novamed') return `${body(rnd, 14, ALNUM)}+/${body(rnd, 14, ALNUM)}/+${body(rnd, 6, ALNUM)}==`;
      return body(rnd, 40, 'abcdefghijklmnopqrstuvwxyz0123456789');
    },
  ),
  perFile('quotes-swapped', '\'…\' and "…" swapped where the language gives both the same meaning', (f, family) =>
    QUOTE_FAMILIES.includes(family) ? { text: swapQuotes(f.text, family) } : undefined,
  ),
  ...Object.keys(STYLES).map(rename),
  rebind(
    'no-space-around-separator',
    "no whitespace around a key line's = or :",
    ['js', 'cstyle', 'py', 'php', 'rb', 'json', 'toml', 'ini', 'properties', 'hashconf', 'dotenv'],
    () => ({ before: '', after: '' }),
  ),
  rebind(
    'wide-space-around-separator',
    "three spaces around a key line's = or :",
    ['js', 'cstyle', 'py', 'php', 'rb', 'json', 'toml', 'ini', 'properties', 'hashconf', 'yaml'],
    (sep, family) => (family === 'yaml' && sep !== ':' ? undefined : { before: '   ', after: '   ' }),
  ),
  perFile('minified', "the file on one line (JSON re-serialised, JS/TS by esbuild's whitespace pass)", (f, family) => {
    const text = minify(f, family);
    return text === undefined ? undefined : { text };
  }),
  perFile(
    'markdown-fence',
    'the file shown in a fenced code block of a Markdown file beside it',
    (f, family) => {
      if (family === 'md' || family === 'other') return undefined;
      const slash = f.rel.lastIndexOf('/') + 1;
      const base = f.rel.slice(slash);
      const fence = `\`\`\`${FENCE_LANG[family] ?? ''}`;
      return {
        rel: `${f.rel.slice(0, slash)}${base}.md`,
        text: `# Setup\n\nIn \`${base}\`:\n\n${fence}\n${f.text.trimEnd()}\n\`\`\`\n`,
      };
    },
    false,
  ),
];
