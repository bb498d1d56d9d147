// Archives: nested entries are scanned in memory and named outer!inner; bombs, corrupt and encrypted
// entries end as notes with bounded memory.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { asarOf, deflatedZeros, tarOf, zipOf } from '../helpers/archive.js';
import { scanSource } from '../../src/scan/run.js';
import { builtinRules, scanMemory } from '../helpers/scan.js';

const keys = fakeKeys(23);
const key = keys.maxProd();
const bundle = `!function(){var e={apiKey:"${key}",url:"https://api.maxcare.ai"};window.cfg=e}();\n`;

describe('archives', () => {
  it('finds a key in a bundle inside a tgz inside a zip, named with the nested path', async () => {
    const tgz = await tarOf(
      [
        { name: 'package/dist/app.min.js', content: bundle },
        { name: 'package/README.md', content: 'hello' },
      ],
      true,
    );
    const zip = zipOf([
      { name: 'release/pkg-1.0.0.tgz', content: tgz },
      { name: 'notes.txt', content: 'nothing here' },
    ]);
    const { report, secrets } = await scanMemory([{ path: 'out/outer.zip', content: zip }]);
    const hit = report.findings.find((f) => f.ruleId === 'maxai-prod-key');
    expect(hit?.file).toBe('out/outer.zip!release/pkg-1.0.0.tgz!package/dist/app.min.js');
    expect(secrets.get(hit!.fingerprint)).toBe(key);
    expect(report.findings.some((f) => f.ruleId === 'key-in-client-bundle')).toBe(true);
    expect(report.stats.files).toBe(3);
    expect(report.notes).toEqual([]);
  });

  it('reads plain tar, jar-style zips and stored entries', async () => {
    const tarball = await tarOf([{ name: './src/config.js', content: `const k = "${key}";\n` }]);
    const jar = zipOf([{ name: 'assets/config.js', content: `const k = "${key}";\n`, store: true }]);
    const { report } = await scanMemory([
      { path: 'a.tar', content: tarball },
      { path: 'lib/app.jar', content: jar },
    ]);
    expect(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.file)).toEqual([
      'a.tar!src/config.js',
      'lib/app.jar!assets/config.js',
    ]);
  });

  it('stops nesting at depth 3 with a note', async () => {
    let inner: Buffer = zipOf([{ name: 'k.js', content: `const k = "${key}";\n` }]);
    for (let i = 0; i < 3; i++) inner = zipOf([{ name: `level${i}.zip`, content: inner }]);
    const { report } = await scanMemory([{ path: 'deep.zip', content: inner }]);
    expect(report.findings).toEqual([]);
    expect(report.notes).toEqual([
      { file: 'deep.zip!level2.zip!level1.zip!level0.zip', reason: expect.stringMatching(/nested deeper than 3/) },
    ]);
  });

  it('ends a 1 GB zip bomb (honest or lying sizes) with a note and bounded memory', async () => {
    const zeros = await deflatedZeros(1024 * 1024 * 1024);
    const honest = zipOf([
      { name: 'zeros.txt', deflated: zeros },
      { name: 'ok.js', content: `const k = "${key}";\n` },
    ]);
    const lying = zipOf([{ name: 'small.txt', deflated: zeros, declaredSize: 1000 }]);
    const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const before = used();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, used())), 1);
    const { report } = await scanMemory([
      { path: 'honest.zip', content: honest },
      { path: 'lying.zip', content: lying },
    ]);
    clearInterval(sampler);
    peak = Math.max(peak, used());
    expect(report.findings.map((f) => f.file)).toContain('honest.zip!ok.js');
    expect(report.notes).toEqual([
      { file: 'honest.zip!zeros.txt', reason: expect.stringMatching(/over the 64 MB limit|zip bomb/) },
      { file: 'lying.zip!small.txt', reason: expect.stringMatching(/^entry not read: /) },
    ]);
    expect(peak - before).toBeLessThan(128 * 1024 * 1024);
  });

  it('stops a gzip bomb in a tgz at the archive budget', async () => {
    const zeros = Buffer.alloc(300 * 1024 * 1024);
    const header = await tarOf([{ name: 'big.bin', content: Buffer.alloc(0) }]);
    // A tar header declaring a 300 MB file, then the zeros, all gzipped: small on disk, large unpacked.
    header.write(zeros.length.toString(8).padStart(11, '0'), 124, 'ascii');
    let sum = 0;
    header.fill(' ', 148, 156);
    for (let i = 0; i < 512; i++) sum += header[i]!;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
    const tgz = zlib.gzipSync(Buffer.concat([header.subarray(0, 512), zeros]), { level: 1 });
    const { report } = await scanMemory([{ path: 'bomb.tgz', content: tgz }]);
    expect(report.notes).toEqual([
      { file: 'bomb.tgz', reason: expect.stringMatching(/more than 256 MB uncompressed \(possible archive bomb\)/) },
      { file: 'bomb.tgz!big.bin', reason: expect.stringMatching(/over the 64 MB limit/) },
    ]);
  });

  it('reads a single gzipped file as its one entry, judged where the file lies; bombs are notes, non-gzip is scanned as a file', async () => {
    const zeros = zlib.gzipSync(Buffer.alloc(80 * 1024 * 1024), { level: 1 });
    const { report } = await scanMemory([
      { path: 'dist/assets/app.js.gz', content: zlib.gzipSync(bundle) },
      { path: 'backups/big.log.gz', content: zeros },
      { path: 'notes.gz', content: Buffer.from('not gzip at all') },
    ]);
    expect(report.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual([
      'dist/assets/app.js.gz!app.js maxai-prod-key',
      'dist/assets/app.js.gz!app.js key-in-client-bundle',
    ]);
    expect(report.notes.map((n) => `${n.file}: ${n.reason.split(':')[0]}`)).toEqual([
      'backups/big.log.gz: archive partly read',
      'notes.gz: not readable as an archive (incorrect header check); scanned as a file',
    ]);
  });

  it("reads a gzip of several members whole, though its trailer gives only the last member's size", async () => {
    const padding = `// ${'x'.repeat(200_000)}\n`;
    const first = zlib.gzipSync(padding + bundle);
    const { report } = await scanMemory([
      { path: 'dist/app.js.gz', content: Buffer.concat([first, zlib.gzipSync('/* end */\n')]) },
    ]);
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'dist/app.js.gz!app.js:2 maxai-prod-key',
      'dist/app.js.gz!app.js:2 key-in-client-bundle',
    ]);
    expect(report.notes).toEqual([]);
  });

  it("reads an Electron app's asar: its files by path, unpacked files skipped, a broken header a note", async () => {
    const nova = keys.novamed();
    const asar = asarOf([
      { name: 'package.json', content: '{"name":"clinic-desk","main":"main.js"}' },
      { name: 'main.js', content: `const MAXAI_API_KEY = "${key}";\n` },
      {
        name: 'src/novamed.js',
        content: `module.exports = { baseURL: "https://feapi.novamed.care", apiKey: "${nova}" };\n`,
      },
      { name: 'native/addon.node', content: 'not here', unpacked: true },
    ]);
    const broken = Buffer.from(asar);
    broken.writeUInt32LE(0x7fffffff, 4);
    const { report } = await scanMemory([
      { path: 'release/resources/app.asar', content: asar },
      { path: 'release/broken.asar', content: broken },
    ]);
    expect(report.findings.map((f) => `${f.file} ${f.ruleId} ${f.line}`)).toEqual([
      'release/resources/app.asar!main.js maxai-prod-key 1',
      'release/resources/app.asar!src/novamed.js novamed-api-key 1',
    ]);
    expect(report.notes.map((n) => `${n.file}: ${n.reason}`)).toEqual([
      'release/broken.asar: binary file skipped',
      'release/broken.asar: not readable as an archive (asar header out of bounds); scanned as a file',
    ]);
  });

  it("opens an OCI layout's blobs by their bytes (no extension names them): gzipped and plain layers", async () => {
    const nova = keys.novamed();
    const gzipped = await tarOf([{ name: 'app/.env', content: `NOVAMED_API_KEY=${nova}\n` }], true);
    const plain = await tarOf([{ name: 'srv/config.js', content: `const k = "${key}";\n` }]);
    const digest = (b: Buffer) => `blobs/sha256/${crypto.createHash('sha256').update(b).digest('hex')}`;
    const config = JSON.stringify({ config: { Env: ['PATH=/usr/bin'] }, rootfs: { type: 'layers' } });
    const image = await tarOf([
      { name: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' },
      { name: digest(gzipped), content: gzipped },
      { name: digest(plain), content: plain },
      { name: 'blobs/sha256/cfg', content: config },
    ]);
    const { report } = await scanMemory([{ path: 'images/api.tar', content: image }]);
    expect(report.findings.map((f) => `${f.file} ${f.ruleId} ${f.line}`).sort()).toEqual(
      [
        `images/api.tar!${digest(gzipped)}!app/.env novamed-api-key 1`,
        `images/api.tar!${digest(plain)}!srv/config.js maxai-prod-key 1`,
      ].sort(),
    );
    expect(report.stats.files).toBe(4);
  });

  it('says why a tar compressed with xz or bzip2 is skipped: no decoder, not just a binary file', async () => {
    const xz = Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04]), crypto.randomBytes(200)]);
    const bz2 = Buffer.concat([
      Buffer.from('BZh91AY&SY', 'latin1'),
      Buffer.from([0, 0, 0xff]),
      crypto.randomBytes(200),
    ]);
    const { report } = await scanMemory([
      { path: 'backups/app.tar.xz', content: xz },
      { path: 'backups/app.tbz2', content: bz2 },
      { path: 'backups/blob.bin', content: xz },
    ]);
    expect(report.notes.map((n) => `${n.file}: ${n.reason}`).sort()).toEqual([
      'backups/app.tar.xz: archive compressed with bzip2, xz, zstd, 7-Zip or RAR not opened (no decoder in Node); binary file skipped',
      'backups/app.tbz2: archive compressed with bzip2, xz, zstd, 7-Zip or RAR not opened (no decoder in Node); binary file skipped',
      'backups/blob.bin: binary file skipped',
    ]);
  });

  it('notes corrupt archives and encrypted entries and scans the rest; traversal names stay names', async () => {
    const zip = zipOf([
      { name: 'secret.js', content: 'garbage', encrypted: true },
      { name: '../../escape.js', content: `const k = "${key}";\n` },
    ]);
    const { report } = await scanMemory([
      { path: 'enc.zip', content: zip },
      { path: 'broken.zip', content: Buffer.from('PK\x03\x04 not really a zip') },
      { path: 'broken.tgz', content: Buffer.from('not gzip at all') },
    ]);
    expect(report.findings.find((f) => f.ruleId === 'maxai-prod-key')?.file).toBe('enc.zip!../../escape.js');
    expect(report.notes.map((n) => `${n.file}: ${n.reason.split(':')[0]}`)).toEqual([
      'broken.tgz: not readable as an archive (incorrect header check); scanned as a file',
      'broken.zip: not readable as an archive (End of central directory record signature not found. Either not a zip file, or file is truncated.); scanned as a file',
      'enc.zip!secret.js: encrypted entry skipped',
    ]);
  });

  it('end to end: the CLI scans an npm tarball on disk and extracts nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-arc-'));
    fs.writeFileSync(
      path.join(dir, 'pkg.tgz'),
      await tarOf([{ name: 'package/dist/index.js', content: bundle }], true),
    );
    const run = spawnSync('node', [path.resolve('bin/keylint.js'), 'scan', dir, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status, run.stderr).toBe(1);
    const files = JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file);
    expect(files).toContain('pkg.tgz!package/dist/index.js');
    expect(run.stdout.includes(key)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['pkg.tgz']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('archive items that fail to read', () => {
  it('become a note and the scan goes on', async () => {
    const source = {
      async *items() {
        yield {
          path: 'gone.zip',
          size: 10,
          read: async () => Promise.reject(Object.assign(new Error('gone'), { code: 'ENOENT' })),
        };
        yield { path: 'ok.js', size: 3, read: async () => Buffer.from('x=1') };
      },
    };
    const { report } = await scanSource(source, builtinRules());
    expect(report.notes.map((n) => n.file)).toEqual(['gone.zip']);
    expect(report.stats.files).toBe(1);
  });
});

describe('archives in reused memory', () => {
  it('are released once read, and their entries are scanned from a copy', async () => {
    // As a history's slab does: the released memory is what the next blob is read into.
    const content = Buffer.from(zipOf([{ name: 'assets/config.js', content: `const k = "${key}";\n` }]));
    let released = 0;
    const release = (): void => {
      released++;
      content.fill(0);
    };
    const source = {
      async *items() {
        yield { path: 'lib/app.jar', size: content.length, read: async () => content, release };
      },
    };
    const { report } = await scanSource(source, builtinRules());
    expect(released).toBe(1);
    expect(report.findings.filter((f) => f.ruleId === 'maxai-prod-key').map((f) => f.file)).toEqual([
      'lib/app.jar!assets/config.js',
    ]);
  });
});
