// Encoded views: keys in base64 (decode calls, Kubernetes Secrets, base64-named bindings, dotenv values) and in
// HTML-entity-escaped JSON are found, reported at the encoded text, and never decoded where nothing says so.
import { describe, expect, it } from 'vitest';
import { buildView, decodeBase64Text, findEncoded, mayHoldEncoded, toItemOffset } from '../../src/detect/views.js';
import { embeddedSources } from '../../src/sources/sourcemap.js';
import { fakeKeys } from '../helpers/fake.js';
import { scanMemory } from '../helpers/scan.js';

const keys = fakeKeys(41);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const NOVAMED_HOST = 'https://feapi.novamed.care';

/** The secret findings of one in-memory file: rule, line, column and the raw secret. */
async function secretsIn(path: string, content: string) {
  const { report, secrets } = await scanMemory([{ path, content }]);
  return report.findings
    .filter((f) => f.kind === 'secret')
    .map((f) => ({ rule: f.ruleId, line: f.line, column: f.column, secret: secrets.get(f.fingerprint) }));
}

async function policiesIn(path: string, content: string) {
  const { report } = await scanMemory([{ path, content }]);
  return report.findings.filter((f) => f.kind === 'policy').map((f) => `${f.line} ${f.ruleId}`);
}

describe('encoded views', () => {
  it('decodes base64 only to printable text long enough to hold a key', () => {
    expect(decodeBase64Text(b64('NOVAMED_API_KEY=abc123def456'))).toBe('NOVAMED_API_KEY=abc123def456');
    expect(decodeBase64Text(b64('short'))).toBeUndefined();
    expect(decodeBase64Text(Buffer.from(Array.from({ length: 30 }, (_, i) => i * 7)).toString('base64'))).toBe(
      undefined,
    );
  });

  it('reads an item again only for an anchor outside an image or map data URI, an escaped quote, a Secret manifest, a dotenv or mail', () => {
    const uri = Buffer.from(`const img = "data:image/png;base64,${b64('x'.repeat(30))}";`);
    expect(
      mayHoldEncoded('src/icon.js', { anchors: [uri.indexOf('se64')], flagged: false, passed: 0 }, uri, false),
    ).toBe(false);
    const map = Buffer.from(`//# sourceMappingURL=data:application/json;charset=utf-8;base64,${b64('{}'.repeat(15))}`);
    expect(mayHoldEncoded('dist/a.js', { anchors: [map.indexOf('se64')], flagged: false, passed: 0 }, map, false)).toBe(
      false,
    );
    const json = Buffer.from(`fetch("data:application/json;base64,${b64('{}'.repeat(15))}")`);
    expect(
      mayHoldEncoded('src/a.js', { anchors: [json.indexOf('se64')], flagged: false, passed: 0 }, json, false),
    ).toBe(true);
    expect(
      mayHoldEncoded('mail/a.eml', { anchors: [], flagged: false, passed: 0 }, Buffer.from('Subject: a\n'), false),
    ).toBe(true);
    const call = Buffer.from(`const k = atob("${b64('x'.repeat(30))}");`);
    expect(
      mayHoldEncoded('src/k.js', { anchors: [call.indexOf('tob(')], flagged: false, passed: 0 }, call, false),
    ).toBe(true);
    const manifest = Buffer.from('kind: Secret\ndata: {}\n');
    expect(mayHoldEncoded('k8s/secret.yaml', { anchors: [], flagged: false, passed: 0 }, manifest, false)).toBe(true);
    expect(mayHoldEncoded('docs/secret.md', { anchors: [], flagged: false, passed: 0 }, manifest, false)).toBe(false);
    expect(mayHoldEncoded('.env.local', { anchors: [], flagged: false, passed: 0 }, Buffer.from('A=1\n'), false)).toBe(
      true,
    );
    // Quoted-printable outside mail: `=3D` is read only where the keyword pass saw a vendor's context or a key header.
    const vcard = Buffer.from('NOTE;ENCODING=QUOTED-PRINTABLE:NOVAMED_API_KEY=3Dabc\n');
    expect(mayHoldEncoded('a.vcf', { anchors: [], flagged: false, passed: 0 }, vcard, true)).toBe(true);
    expect(mayHoldEncoded('a.vcf', { anchors: [], flagged: false, passed: 0 }, vcard, false)).toBe(false);
  });

  it('maps view offsets back: inside a replacement to its encoded text, after it by the length change', () => {
    const text = `a = atob('${b64('hello world, decoded')}'); b = 1;`;
    const replacements = findEncoded(Buffer.from(text, 'latin1'), 'a.js', {
      anchors: [text.indexOf('atob')],
      flagged: false,
      passed: 0,
    });
    expect(replacements).toHaveLength(1);
    const view = buildView(text, replacements);
    expect(view.text).toBe(`a = 'hello world, decoded'; b = 1;`);
    expect(toItemOffset(view, view.text.indexOf('world')).offset).toBe(text.indexOf("'") + 1);
    expect(toItemOffset(view, view.text.indexOf('b =')).offset).toBe(text.indexOf('b ='));
    expect(toItemOffset(view, 1).offset).toBe(1);
  });

  it('finds keys in decode calls of several languages, at the encoded literal', async () => {
    const novamed = keys.novamed();
    const maxai = keys.maxProd();
    const maiagent = keys.maiagent();
    const js = [
      `const base = '${NOVAMED_HOST}';`,
      `const headers = { 'x-api-key': atob('${b64(novamed)}') };`,
      `const k = Buffer.from("${b64(maxai)}", 'base64').toString();`,
    ].join('\n');
    expect(await secretsIn('src/client.js', js)).toEqual([
      { rule: 'novamed-api-key', line: 2, column: 38, secret: novamed },
      { rule: 'maxai-prod-key', line: 3, column: 24, secret: maxai },
    ]);
    const py = `import base64\nMAIAGENT_API_KEY = base64.b64decode("${b64(maiagent)}").decode()\n`;
    expect(await secretsIn('bot/settings.py', py)).toMatchObject([
      { rule: 'maiagent-api-key', line: 2, secret: maiagent },
    ]);
    const go = [
      'package novamed',
      `const baseURL = "${NOVAMED_HOST}"`,
      'func key() []byte {',
      `\tnovamedKey, _ := base64.StdEncoding.DecodeString("${b64(novamed)}")`,
      '\treturn novamedKey',
      '}',
    ].join('\n');
    expect(await secretsIn('novamed/client.go', go)).toMatchObject([
      { rule: 'novamed-api-key', line: 4, secret: novamed },
    ]);
    const ex = `config :clinic, :novamed,\n  base_url: "${NOVAMED_HOST}",\n  novamed_api_key: Base.decode64!("${b64(novamed)}")\n`;
    expect(await secretsIn('config/runtime.exs', ex)).toMatchObject([
      { rule: 'novamed-api-key', line: 3, secret: novamed },
    ]);
    const swift = `let novamedApiKey = String(data: Data(base64Encoded: "${b64(novamed)}")!, encoding: .utf8)!\n`;
    expect(await secretsIn('App/Keys.swift', swift)).toMatchObject([
      { rule: 'novamed-api-key', line: 1, secret: novamed },
    ]);
    const sh = `MAIAGENT_API_KEY="$(echo '${b64(maiagent)}' | base64 -d)"\n`;
    expect(await secretsIn('bootstrap.sh', sh)).toMatchObject([
      { rule: 'maiagent-api-key', line: 1, secret: maiagent },
    ]);
  });

  it('decodes codec calls, openssl pipes, PowerShell conversions and literals taken for keys', async () => {
    const novamed = keys.novamed();
    const maiagent = keys.maiagent();
    const py = `import codecs\nNOVAMED_API_KEY = codecs.decode(b"${b64(novamed)}", "base64").decode()\n`;
    expect(await secretsIn('app/settings.py', py)).toMatchObject([
      { rule: 'novamed-api-key', line: 2, secret: novamed },
    ]);
    const sh = `MAIAGENT_API_KEY=$(printf '%s' '${b64(maiagent)}' | openssl base64 -d -A)\n`;
    expect(await secretsIn('check.sh', sh)).toMatchObject([{ rule: 'maiagent-api-key', line: 1, secret: maiagent }]);
    const ps = [
      `$NovaMedHost = "${NOVAMED_HOST}"`,
      `$ApiKey = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String("${b64(novamed)}"))`,
    ].join('\n');
    expect(await secretsIn('rotate.ps1', ps)).toMatchObject([{ rule: 'novamed-api-key', line: 2, secret: novamed }]);
    // No decode form knows Rust's engine call: a literal taken for a NovaMed key is what it decodes to, key or not.
    const rs = [
      `const NOVAMED_HOST: &str = "${NOVAMED_HOST}";`,
      'pub fn api_key() -> String {',
      `    String::from_utf8(STANDARD.decode("${b64(novamed)}").unwrap()).unwrap()`,
      '}',
      'pub fn sandbox_api_key() -> String {',
      `    String::from_utf8(STANDARD.decode("${b64('your-api-key-here-0000')}").unwrap()).unwrap()`,
      '}',
    ].join('\n');
    expect(await secretsIn('src/lib.rs', rs)).toMatchObject([{ rule: 'novamed-api-key', line: 3, secret: novamed }]);
  });

  it('decodes the literal bound to a variable a decode call is given, and literals a decode method is called on', async () => {
    const maxai = keys.maxProd();
    const maxDev = keys.maxDev();
    const binary = Buffer.from(Array.from({ length: 30 }, (_, i) => i * 7)).toString('base64');
    const swift = [
      `private let encodedKey = "${b64(maxai)}"`,
      `private let iconData = "${binary}"`,
      'let key = String(data: Data(base64Encoded: encodedKey)!, encoding: .utf8)!',
      'let icon = Data(base64Encoded: iconData)!',
    ].join('\n');
    expect(await secretsIn('App/Secrets.swift', swift)).toEqual([
      { rule: 'maxai-prod-key', line: 1, column: 27, secret: maxai },
    ]);
    // The variable is looked up only before the call, and a minifier's one-letter names not at all (NovaMed keys: a
    // Max AI prefix names itself in base64 too).
    const js = [
      `const e = "${b64(`NOVAMED_API_KEY=${keys.novamed()}`)}";`,
      'export const a = atob(e);',
      'export const b = Buffer.from(later, "base64").toString();',
      `const later = "${b64(`NOVAMED_API_KEY=${keys.novamed()}`)}";`,
    ].join('\n');
    expect(await secretsIn('src/keys.js', js)).toEqual([]);
    const kt = `val maxaiKey = "${b64(maxDev)}".decodeBase64()!!.utf8()\nval pin = "${binary}".decodeBase64()!!\n`;
    expect(await secretsIn('app/Keys.kt', kt)).toEqual([
      { rule: 'maxai-dev-key', line: 1, column: 17, secret: maxDev },
    ]);
  });

  it('reads a Kubernetes Secret data field as the key or as a whole dotenv file', async () => {
    const novamed = keys.novamed();
    const maxai = keys.maxProd();
    const yaml = [
      'apiVersion: v1',
      'kind: Secret',
      'data:',
      `  NOVAMED_API_KEY: ${b64(novamed)}`,
      `  app.env: ${b64(`NOVAMED_BASE_URL=${NOVAMED_HOST}\nMAXAI_API_KEY=${maxai}\n`)}`,
      `  ca.crt: ${Buffer.from(Array.from({ length: 48 }, (_, i) => (i * 37) % 256)).toString('base64')}`,
    ].join('\n');
    expect(await secretsIn('deploy/secret.yaml', yaml)).toMatchObject([
      { rule: 'novamed-api-key', line: 4, column: 20, secret: novamed },
      { rule: 'maxai-prod-key', line: 5, column: 12, secret: maxai },
    ]);
    // Production keys in a staging Secret (the NovaMed one by the production host its decoded dotenv names), each
    // reported at its encoded line.
    expect(await policiesIn('deploy/staging/secret.yaml', yaml)).toEqual([
      '4 prod-key-in-dev-config',
      '5 prod-key-in-dev-config',
    ]);
  });

  it('does not decode a mapping outside a Secret, nor base64 that nothing names as encoded', async () => {
    const novamed = keys.novamed();
    const configMap = `apiVersion: v1\nkind: ConfigMap\ndata:\n  blob: ${b64(`NOVAMED_API_KEY=${novamed}`)}\n`;
    expect(await secretsIn('deploy/config.yaml', configMap)).toEqual([]);
    const js = `const blob = '${b64(`NOVAMED_API_KEY=${novamed}`)}';\n`;
    expect(await secretsIn('src/blob.js', js)).toEqual([]);
  });

  it("decodes base64 wherever a Max AI prefix's encoding shows in it, at any byte alignment", async () => {
    const maxai = keys.maxProd();
    const maxDev = keys.maxDev();
    const lines = [
      `blob: ${b64(`MAXAI_API_KEY=${maxai}`)}`,
      `dev: ${b64(maxDev)}`,
      `near: ${b64(`x${maxai}`.replace('max_prd_ak_', 'max_prd_akx_'))}`,
    ];
    expect(await secretsIn('deploy/config.yaml', `${lines.join('\n')}\n`)).toEqual([
      { rule: 'maxai-prod-key', line: 1, column: 7, secret: maxai },
      { rule: 'maxai-dev-key', line: 2, column: 6, secret: maxDev },
    ]);
  });

  it('gives a base64-named binding the key it decodes to, not the encoded string', async () => {
    const novamed = keys.novamed();
    const env = `NOVAMED_BASE_URL=${NOVAMED_HOST}\nNOVAMED_API_KEY_B64=${b64(novamed)}\n`;
    expect(await secretsIn('.env', env)).toEqual([{ rule: 'novamed-api-key', line: 2, column: 21, secret: novamed }]);
  });

  it('decodes dotenv values holding a base64 dotenv file', async () => {
    const maiagent = keys.maiagent();
    const env = `PORT=3000\nPARTNER_ENV=${b64(`MAIAGENT_API_KEY=${maiagent}\n`)}\n`;
    expect(await secretsIn('.env.production', env)).toMatchObject([
      { rule: 'maiagent-api-key', line: 2, secret: maiagent },
    ]);
  });

  it('unescapes HTML character references around escaped JSON keys', async () => {
    const novamed = keys.novamed();
    const html = [
      '<div id="app"',
      `  data-config="{&quot;baseUrl&quot;:&quot;${NOVAMED_HOST}&quot;,&quot;x-api-key&quot;:&quot;${novamed}&quot;}">`,
      '</div>',
    ].join('\n');
    const column = html.split('\n')[1]!.indexOf(novamed) + 1;
    expect(await secretsIn('templates/app.html', html)).toEqual([
      { rule: 'novamed-api-key', line: 2, column, secret: novamed },
    ]);
    // An escaping table in a bundle is not escaped JSON.
    const bundle = `var map={'"':'&quot;','&':'&amp;'};var k={"x-api-key":"placeholder-${keys.alnum(4)}"};`;
    expect(findEncoded(Buffer.from(bundle, 'latin1'), 'dist/app.js', { anchors: [], flagged: true })).toEqual([]);
  });

  it('decodes data URIs of text at their data, never those of images', async () => {
    const novamed = keys.novamed();
    const config = b64(JSON.stringify({ headers: { 'x-api-key': novamed }, url: NOVAMED_HOST }));
    const text = `const a = "data:application/json;base64,${config}";\nconst b = "data:image/png;base64,${config}";\n`;
    expect(await secretsIn('src/config.js', text)).toEqual([
      { rule: 'novamed-api-key', line: 1, column: text.indexOf(config) + 1, secret: novamed },
    ]);
  });

  it('reads a base64 file and a source map saved with a UTF-8 byte-order mark as without one', async () => {
    const novamed = keys.novamed();
    const file = `\ufeff${b64(`NOVAMED_BASE_URL=${NOVAMED_HOST}\nNOVAMED_API_KEY=${novamed}\n`)}\n`;
    expect((await secretsIn('ci/.env.production.b64', file)).map((f) => f.secret)).toEqual([novamed]);
    const map = { version: 3, sources: ['src/api.js'], sourcesContent: ['export const a = 1;\n'], mappings: '' };
    expect(embeddedSources(Buffer.from(`\ufeff${JSON.stringify(map)}`))).toEqual({
      sources: [{ name: 'src/api.js', content: 'export const a = 1;\n' }],
      skipped: 0,
    });
  });

  it('honours an inline allow on the encoded line', async () => {
    const maxai = keys.maxProd();
    const yaml = `kind: Secret\ndata:\n  app.env: ${b64(`MAXAI_API_KEY=${maxai}\n`)} # keylint:allow\n`;
    expect(await secretsIn('deploy/secret.yaml', yaml)).toEqual([]);
  });
});
