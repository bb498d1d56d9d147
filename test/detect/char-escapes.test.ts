// Character-escape views: names and keys written as `\xHH`, `\uHHHH`, `\u{H}` or `%HH` escapes of ASCII characters are
// found once written plainly, reported where the key starts (at its first escape when it is escaped itself); escaped
// backslashes and non-ASCII escapes stay.
import { describe, expect, it } from 'vitest';
import { findCharEscapes, mayHoldCharEscapes } from '../../src/detect/char-escapes.js';
import { fakeKeys } from '../helpers/fake.js';
import { scanMemory } from '../helpers/scan.js';

const keys = fakeKeys(53);
const escapeAll = (text: string) => [...text].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('');

async function secretsIn(path: string, content: string) {
  const { report, secrets } = await scanMemory([{ path, content }]);
  return report.findings
    .filter((f) => f.kind === 'secret')
    .map((f) => ({ line: f.line, column: f.column, secret: secrets.get(f.fingerprint) }));
}

describe('character-escape views', () => {
  it('rewrites escapes of printable ASCII only, not escaped backslashes', () => {
    const text = String.raw`"\x78\u002D\u{2d}" "\\x41" "\u00e9\x0a"`;
    expect(findCharEscapes(text).map((r) => `${text.slice(r.from, r.to)}=${r.text}`)).toEqual([
      String.raw`\x78=x`,
      String.raw`\u002D=-`,
      String.raw`\u{2d}=-`,
    ]);
    expect(mayHoldCharEscapes(Buffer.from('const a = "plain";'))).toBe(false);
    expect(mayHoldCharEscapes(Buffer.from(String.raw`const a = "\u0041";`))).toBe(true);
  });

  it('finds keys behind escaped header names and keys written wholly as escapes', async () => {
    const novamed = keys.novamed();
    const header = `fetch("https://feapi.novamed.care/v1", { headers: { "\\u0078-api-key": "${novamed}" } });\n`;
    expect(await secretsIn('src/a.js', header)).toEqual([
      { line: 1, column: header.indexOf(novamed) + 1, secret: novamed },
    ]);
    const hidden = keys.novamed();
    const bundle = `var h={"x-api-key":"${escapeAll(hidden)}"};fetch("https://feapi.novamed.care",{headers:h});\n`;
    expect(await secretsIn('src/b.js', bundle)).toEqual([
      { line: 1, column: bundle.indexOf('\\x') + 1, secret: hidden },
    ]);
  });

  it('reads upper-case percent escapes as URL encoders write them, not printf widths', async () => {
    expect(findCharEscapes('%7B%22a%22%3A %2d').map((r) => r.text)).toEqual(['{', '"', '"', ':']);
    const novamed = keys.novamed();
    const config = encodeURIComponent(JSON.stringify({ apiKey: novamed }));
    const query = `const u = "https://feapi.novamed.care/embed?config=${config}";\n`;
    expect(await secretsIn('src/embed.js', query)).toEqual([
      { line: 1, column: query.indexOf(novamed) + 1, secret: novamed },
    ]);
  });

  it('reads HTML character references of ASCII, and a Max AI prefix in them or in \\u escapes needs no vendor word', async () => {
    const text = 'x&#45;api&#x2D;key &lowbar; &#233; &#10; &amp;';
    expect(findCharEscapes(text).map((r) => `${text.slice(r.from, r.to)}=${r.text}`)).toEqual([
      '&#45;=-',
      '&#x2D;=-',
      '&lowbar;=_',
    ]);
    const prod = keys.maxProd();
    const page = `<p>Key: <code>${prod.replaceAll('_', '&#95;')}</code></p>\n`;
    expect(await secretsIn('docs/keys.html', page)).toEqual([
      { line: 1, column: page.indexOf('max') + 1, secret: prod },
    ]);
    const dev = keys.maxDev();
    const java = `static final String T = "${[...dev].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}";\n`;
    expect(await secretsIn('src/T.java', java)).toEqual([{ line: 1, column: java.indexOf('\\u') + 1, secret: dev }]);
    const masked = '<code>max&#95;prd&#95;ak&#95;****************************</code>\n';
    expect(await secretsIn('docs/masked.html', masked)).toEqual([]);
  });

  it('leaves escaped placeholders unreported', async () => {
    const placeholder = `// https://feapi.novamed.care\nconst h = { "x-api-key": "${escapeAll('your-api-key-here')}" };\n`;
    expect(await secretsIn('src/d.js', placeholder)).toEqual([]);
  });
});
