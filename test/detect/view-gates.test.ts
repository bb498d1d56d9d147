// The byte checks that spare an item a decode: a Markdown page without a pipe table's separator line is not decoded
// for tables, a page without a code block holding elements is not read for highlighted code, and an item whose keyword
// pass saw no `;base64,` is not searched for an inline source map. They must leave the findings exactly as the
// exhaustive reference, which decodes every such item, finds them.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scanSource } from '../../src/scan/run.js';
import { memorySource } from '../../src/sources/memory.js';
import { mayHoldAssembled } from '../../src/detect/assembled.js';
import { mayHoldCurlTrace } from '../../src/detect/curl-trace.js';
import { ItemScanner, createDetector } from '../../src/detect/engine.js';
import { mayHoldEncodedCommand } from '../../src/detect/encoded-command.js';
import { mayHoldEscapedLines } from '../../src/detect/escaped-lines.js';
import { mayHoldHexDump } from '../../src/detect/hex-dumps.js';
import { mayHoldHighlighted } from '../../src/detect/markup.js';
import { mayHoldPickle } from '../../src/detect/pickle.js';
import { mayHoldTypography } from '../../src/detect/typography.js';
import { mayHoldTable } from '../../src/detect/tables.js';
import { mayHoldTerminal } from '../../src/detect/terminal.js';
import { holdsDataUri } from '../../src/detect/views.js';
import { fakeKeys } from '../helpers/fake.js';
import { builtinRules } from '../helpers/scan.js';

const keys = fakeKeys(77);

/** The fast path's findings on `files` (`file:line:column rule`), after checking they are the exhaustive reference's. */
async function sameAsReference(files: Parameters<typeof memorySource>[0]): Promise<string[]> {
  const scan = async (exhaustive: boolean) => {
    const { report } = await scanSource(memorySource(files), builtinRules(), { exhaustive });
    return report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
  };
  const fast = await scan(false);
  expect(fast).toEqual(await scan(true));
  return fast;
}

describe('view gates', () => {
  it('decodes a Markdown page for tables only when it holds the start of a separator line', () => {
    const md = (text: string) => mayHoldTable('docs/keys.md', Buffer.from(text));
    expect(md('| Service | API key |\n|---|---|\n')).toBe(true);
    expect(md('Service | API key\n--- | ---\n')).toBe(true);
    expect(md('| a | b |\n| :-- | --: |\n')).toBe(true);
    expect(md('| a |\n|\t \t---|\n')).toBe(true);
    expect(md('if (a || b) return c |- d; // -- not a table\n')).toBe(false);
    expect(md('| a | b |\n| : -- | - |\n')).toBe(false);
    expect(mayHoldTable('seeds/keys.csv', Buffer.from('no pipes at all'))).toBe(true);
  });

  it('decodes pages, notebooks and other markups for tables only when they hold a table of their kind', () => {
    const cases: Array<[string, string, boolean]> = [
      ['export/Keys_98304.html', '<div><table class="confluenceTable"><tr><th>API key</th></tr>', true],
      ['export/OLD.HTM', '<TABLE BORDER=1><TR><TD>key</TD></TR></TABLE>', true],
      ['audit.ipynb', '"<table border=\\"1\\" class=\\"dataframe\\">\\n"', true],
      ['docs/keys.md', 'Keys:\n<table>\n  <tr><th>Service</th><th>Key</th></tr>\n</table>\n', true],
      ['index.html', '<p>No tables here, only <code>tabs</code> and a <tablist>.</p>', false],
      ['audit.ipynb', '{"cells": [{"source": ["print(1)"]}]}', false],
      ['docs/keys.rst', '+---------+---------+\n| Service | API key |\n+=========+=========+\n', true],
      ['notes/keys.org', '| Service | Key |\n|---------+-----|\n', true],
      ['tickets/CLIN-1.txt', 'h2. Keys\n||Service||API key||\n|NovaMed|…|\n', true],
      ['tickets/CLIN-2.txt', 'run it\n|| exit 1\n', false],
      ['docs/keys.rst', 'Service and key\n===============\n', false],
      ['pages/keys.adoc', '[cols="1,3"]\n|===\n|Service |API key\n|===\n', true],
      ['pages/keys.adoc', '= Keys\n\nNo table | here.\n', false],
    ];
    for (const [file, text, holds] of cases) expect(mayHoldTable(file, Buffer.from(text)), file).toBe(holds);
  });

  it('reads a rendered page for highlighted code only when it holds a code block with elements', () => {
    const page = (file: string, text: string) => mayHoldHighlighted(file, Buffer.from(text));
    expect(page('docs/a.html', '<pre><span class="s2">&quot;a&quot;</span></pre>')).toBe(true);
    expect(page('docs/a.html', '<p><span>no code block</span></p>')).toBe(false);
    expect(page('docs/a.md', '<pre><span>a</span></pre>')).toBe(false);
  });

  it("looks for an inline source map only after a data URI's ;base64,", () => {
    const map = Buffer.from('x;\n//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozfQ==\n');
    expect(holdsDataUri({ anchors: [map.indexOf('se64')], flagged: false, passed: 0 }, map)).toBe(true);
    const call = Buffer.from('const k = atob(v) + base64(w);');
    expect(
      holdsDataUri({ anchors: [call.indexOf('tob('), call.indexOf('se64')], flagged: false, passed: 0 }, call),
    ).toBe(false);
  });

  it('reads character codes, joins, pasted characters and pickles only where their signs are', () => {
    const has = (check: (b: Buffer) => boolean, text: string) => check(Buffer.from(text, 'utf8'));
    const assembled = (file: string, text: string) => mayHoldAssembled(Buffer.from(text, 'utf8'), file);
    expect(assembled('k.py', 'k = bytes([104, 99])')).toBe(true);
    expect(assembled('k.js', "k = ['a', 'b'].join('')")).toBe(true);
    expect(assembled('k.js', "k = Buffer.from('6869', 'hex')")).toBe(true);
    expect(assembled('k.py', 'k = [104, 99]')).toBe(false);
    // A language's own forms count in its own files only: the test of a name costs no pass over the bytes.
    expect(assembled('Keys.kt', 'val k = byteArrayOf(104, 99)')).toBe(true);
    expect(assembled('Keys.java', 'val k = byteArrayOf(104, 99)')).toBe(false);
    expect(assembled('Keys.swift', 'let k: [UInt8] = [104, 99]')).toBe(true);
    expect(assembled('keys.go', 'b, _ := hex.DecodeString("6869")')).toBe(true);
    expect(assembled('keys.py', 'b, _ := hex.DecodeString("6869")')).toBe(false);
    expect(assembled('app.min.js', 'var t="max_prd_"+"ak_x"')).toBe(true);
    expect(assembled('app.min.js', 'var t="max_prd_ak_x"')).toBe(false);
    expect(has(mayHoldTypography, 'key:\u00a0abc')).toBe(true);
    expect(has(mayHoldTypography, 'key:\u200babc')).toBe(true);
    expect(has(mayHoldTypography, '\ufeffkey: abc')).toBe(false);
    const pickle = Buffer.from('(dp0\nVa\np1\nVb\np2\ns.');
    expect(mayHoldPickle('cache/a.pkl', pickle)).toBe(true);
    expect(mayHoldPickle('cache/a.txt', pickle)).toBe(false);
    expect(mayHoldPickle('cache/b.pkl', Buffer.from([0x80, 0x04, 0x95, 0x0a]))).toBe(false);
  });

  it('finds what the exhaustive reference finds in assembled, pasted, pickled and declared-base64 items', async () => {
    const codes = (text: string) => [...text].map((c) => c.charCodeAt(0)).join(', ');
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const files = [
      {
        path: 'src/Keys.java',
        content: `String NOVAMED_API_KEY = new String(new byte[]{${codes(keys.novamed())}});\n`,
      },
      { path: 'src/keys.py', content: `MAIAGENT_API_KEY = "".join(["${keys.maiagent()}", "${keys.novamed()}"])\n` },
      {
        path: 'src/hex.js',
        content: `const NOVAMED_API_KEY = Buffer.from('${Buffer.from(keys.novamed()).toString('hex')}', 'hex');\n`,
      },
      {
        path: 'notes/chat.txt',
        content: `Authorization: Api-Key\u00a0${keys.maiagent()}\nNovaMed key: \u201c${keys.novamed()}\u201d\n`,
      },
      { path: 'cache/s.pkl', content: `(dp0\nVnovamed_api_key\np1\nV${keys.novamed()}\np2\ns.` },
      {
        path: 'burp.xml',
        content: `<request base64="true"><![CDATA[${b64(`x-api-key: ${keys.novamed()}\r\n`)}]]></request>\n`,
      },
      { path: 'Keys.java', content: `String TOKEN = "${keys.maxProd().replaceAll('_', '\\u005f')}";\n` },
      {
        path: 'obf.js',
        content: `var _0x1=["${[...keys.maxDev()].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')}"];\n`,
      },
      { path: 'kv.json', content: `[{"key":"novamed/api_key","flags":0,"value":"${b64(keys.novamed())}"}]\n` },
      { path: 'Keys.kt', content: `val novamedApiKey = String(byteArrayOf(${codes(keys.novamed())}))\n` },
      { path: 'dist/app.min.js', content: `var t="${keys.maxProd().replace('ak_', 'ak_"+"')}";\n` },
      { path: 'site/keys.html', content: `<code>${keys.maxDev().replaceAll('_', '&#95;')}</code>\n` },
      {
        path: 'Tokens.java',
        content: `String T = "${[...keys.maxProd()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}";\n`,
      },
      {
        path: 'lib/k.dart',
        content: `const k = '${[...keys.maxDev()].map((c) => `\\u{${c.charCodeAt(0).toString(16)}}`).join('')}';\n`,
      },
      {
        path: 'config/seed.yaml',
        content: `seed: ${gzipSync(`maiagent:\n  api_key: ${keys.maiagent()}\n`).toString('base64')}\n`,
      },
      {
        path: 'user-data.yaml',
        content: `write_files:\n  - path: /etc/n.env\n    encoding: b64\n    content: ${b64(`NOVAMED_API_KEY=${keys.novamed()}\n`)}\n`,
      },
      {
        path: 'trace.har',
        content: `{"content": {\n  "text": "${b64(`{"maiagent_api_key": "${keys.maiagent()}"}`)}",\n  "encoding": "base64"\n}}\n`,
      },
      { path: 'deploy.sh', content: `export NOVAMED_API_KEY="${keys.novamed().replace(/(.{20})/, '$1\\\n')}"\n` },
    ];
    const fast = await sameAsReference(files);
    expect(new Set(fast.map((f) => f.split(':')[0])).size).toBe(files.length);
  });

  it('reads terminal output, documents in strings and curl traces only where their signs are', () => {
    const has = (check: (b: Buffer) => boolean, text: string) => check(Buffer.from(text, 'latin1'));
    expect(has(mayHoldTerminal, 'export K=\x1b[7mabc\x1b[27m')).toBe(true);
    expect(has(mayHoldTerminal, '["o", "\\u001b[1mabc"]')).toBe(true);
    expect(has(mayHoldTerminal, "print('\\033[0m')")).toBe(true);
    expect(has(mayHoldTerminal, 'no escapes, [1m brackets alone')).toBe(false);
    expect(has(mayHoldEscapedLines, '"novamed:\\n  apiKey: abc\\n"')).toBe(true);
    expect(has(mayHoldEscapedLines, '"line one\\nline two"')).toBe(false);
    const trace = (text: string) => {
      const scanner = new ItemScanner(createDetector(builtinRules()), 'logs/trace.txt');
      scanner.feed(Buffer.from(text, 'latin1'), true);
      return mayHoldCurlTrace(scanner.viewSigns);
    };
    expect(trace('=> Send header, 12 bytes (0xc)\n0000: GET / HTTP/1.1\n')).toBe(true);
    expect(trace('0000: GET / HTTP/1.1\n=> send header, 12 bytes\n')).toBe(false);
  });

  it('finds what the exhaustive reference finds in recorded terminal output, escaped documents and traces', async () => {
    const body = `{"clinic_id":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","novamed_api_key":"${keys.novamed()}"}`;
    const trace = [
      '=> Send data, 99 bytes (0x63)',
      ...[0, 64, 128].map((at) => `${at.toString(16).padStart(4, '0')}: ${body.slice(at, at + 64)}`),
    ];
    const files = [
      {
        path: 'ci/job.log',
        content: `$ curl -H "Authorization: Api-Key \x1b[1m${keys.maiagent()}\x1b[22m" https://h.example/\n`,
      },
      { path: 'rec/a.cast', content: `[2.3, "o", "export NOVAMED_API_KEY=\\u001b[7m${keys.novamed()}\\u001b[27m"]\n` },
      {
        path: 'infra/a.tfstate',
        content: `{"values": ["novamed:\\n  baseUrl: https://feapi.novamed.care\\n  apiKey: ${keys.novamed()}\\n"]}\n`,
      },
      { path: 'logs/trace.txt', content: `${trace.filter((line) => !line.endsWith(': ')).join('\n')}\n` },
      {
        path: 'db/dump.sql',
        content: `INSERT INTO s VALUES('novamed_api_key',X'${Buffer.from(keys.novamed()).toString('hex')}');\n`,
      },
    ];
    const fast = await sameAsReference(files);
    expect(new Set(fast.map((f) => f.split(':')[0])).size).toBe(files.length);
  });

  it('finds what the exhaustive reference finds in tables, inline maps and pages without either', async () => {
    const novamed = keys.novamed();
    const maiagent = keys.maiagent();
    const sources = {
      version: 3,
      sources: ['src/client.ts'],
      sourcesContent: [`const maiagentKey = '${maiagent}';\n`],
    };
    const inline = Buffer.from(JSON.stringify(sources)).toString('base64');
    const files = [
      { path: 'docs/keys.md', content: `| Service | API key |\n| --- | --- |\n| NovaMed | ${novamed} |\n` },
      { path: 'docs/bare.md', content: `Service | NovaMed API key\n:-- | --:\nprod | ${keys.novamed()}\n` },
      { path: 'docs/code.md', content: `if (a || b) x |- y;\nNovaMed api key: ${keys.novamed()}\n` },
      {
        path: 'wiki/NovaMed_98304.html',
        content: `<table><tr><th>Service</th><th>API key</th></tr>\n<tr><td>NovaMed</td><td>${keys.novamed()}</td></tr></table>\n`,
      },
      {
        path: 'db/dump.sql',
        content: `CREATE TABLE t (id int, vendor text, api_key text);\nINSERT INTO t VALUES (1, 'maiagent', '${keys.maiagent()}');\n`,
      },
      { path: 'dist/app.js', content: `var a=1;\n//# sourceMappingURL=data:application/json;base64,${inline}\n` },
      { path: 'dist/icon.js', content: `var i="data:image/png;base64,${inline}";\n` },
    ];
    const fast = await sameAsReference(files);
    expect(fast.some((f) => f.startsWith('docs/keys.md:3:'))).toBe(true);
    expect(fast.some((f) => f.startsWith('wiki/NovaMed_98304.html:2:'))).toBe(true);
    expect(fast.some((f) => f.startsWith('db/dump.sql:2:'))).toBe(true);
    expect(fast.some((f) => f.startsWith('dist/app.js:2:'))).toBe(true);
  });

  it('reads hex dumps and PowerShell encoded commands only where their signs are', () => {
    const dump = (file: string, text: string) => mayHoldHexDump(Buffer.from(text), file);
    expect(dump('notes.txt', '$ xxd .env\n00000000: 4e4f 5641  NOVA\n')).toBe(true);
    expect(dump('ticket.log', '0000000   N   O   V   A\n')).toBe(true);
    expect(dump('capture.txt', 'IP a > b: HTTP\n\t0x0000:  4500 0034  E..4\n')).toBe(true);
    expect(dump('env.hex', `${'4e'.repeat(30)}\n`)).toBe(true);
    expect(dump('env.h', 'unsigned char env[] = {\n  0x4e, 0x4f\n};\n')).toBe(true);
    expect(dump('env.js', 'unsigned char env[] = {\n  0x4e, 0x4f\n};\n')).toBe(false);
    expect(dump('notes.txt', `${'x'.repeat(5000)}\n00000000: 4e4f 5641  NOVA\n`)).toBe(false);
    expect(dump('build.log', 'build 00000000 ok\n')).toBe(false);
    const command = (file: string, text: string) => mayHoldEncodedCommand(Buffer.from(text), file);
    expect(command('task.xml', '<Arguments>-NoProfile -EncodedCommand JABlAG4AdgA6AA==</Arguments>')).toBe(true);
    expect(command('ci.yml', 'run: powershell -enc JABlAG4AdgA6AA==')).toBe(true);
    expect(command('app.js', 'run: powershell -enc JABlAG4AdgA6AA==')).toBe(false);
    expect(command('ci.yml', 'run: npm test')).toBe(false);
  });

  it('finds what the exhaustive reference finds in hex dumps, encoded commands and armoured files', async () => {
    const xxd = (text: string) => {
      const bytes = Buffer.from(text);
      const lines = [];
      for (let at = 0; at < bytes.length; at += 16) {
        const row = bytes.subarray(at, at + 16);
        const hex = (row.toString('hex').match(/.{1,4}/g) ?? []).join(' ');
        const shown = row.toString('latin1').replace(/[^\x20-\x7e]/g, '.');
        lines.push(`${at.toString(16).padStart(8, '0')}: ${hex.padEnd(39)}  ${shown}`);
      }
      return `${lines.join('\n')}\n`;
    };
    const utf16 = (text: string) => Buffer.from(text, 'utf16le').toString('base64');
    const b64 = Buffer.from(`NOVAMED_API_KEY=${keys.novamed()}\n`).toString('base64');
    const files = [
      { path: 'notes/env-dump.txt', content: `$ xxd .env\n${xxd(`MAIAGENT_API_KEY=${keys.maiagent()}\n`)}` },
      {
        path: 'ci/bot.yml',
        content: `- run: powershell -enc ${utf16(`$env:NOVAMED_API_KEY = "${keys.novamed()}"`)}\n`,
      },
      { path: 'ops/env.txt', content: `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n` },
    ];
    const fast = await sameAsReference(files);
    expect(new Set(fast.map((f) => f.split(':')[0])).size).toBe(files.length);
  });
});
