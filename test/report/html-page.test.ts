// The HTML report in real headless Chromium: numbers match the JSON, sorting and filtering work by click and
// keyboard, nothing leaves the page, no full key is in the DOM, and a hostile file name stays text.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import type { Finding, Report } from '../../src/types.js';
import { fakeKeys } from '../helpers/fake.js';
import { scanMemory } from '../helpers/scan.js';

const CHROMIUM = '/usr/bin/chromium';
const CRAFTED = '<img src=x onerror=alert(1)>.js';
const BREAKOUT = 'x</script><script>alert(3)</script>.ts';
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing in CI: install Debian's chromium (.ci/run does) to run the HTML report test`);
}
if (!haveChromium) console.warn(`html-report.test.ts skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

/** A fixture scan across vendors, then the history, validation and org facts other commands would add. */
async function fixtureReport() {
  const k = fakeKeys(10);
  const bundled = k.maxProd();
  const map = {
    version: 3,
    sources: ['src/api.ts'],
    sourcesContent: [`export const client = create({\n  key: "${bundled}",\n});\n`],
    mappings: '',
  };
  const { report, secrets } = await scanMemory([
    {
      path: '.env.development',
      content: `MAXAI_API_KEY=${k.maxProd()}\nNOVAMED_API_KEY=${k.novamed()}\nMAIAGENT_API_KEY=${k.maiagent()}\n`,
    },
    { path: 'dist/app.js.map', content: JSON.stringify(map) },
    { path: CRAFTED, content: `const key = "${k.maxDev()}";\n` },
    { path: BREAKOUT, content: `MAIAGENT_API_KEY=${k.maiagent()}\n` },
    { path: 'server/novamed.ts', content: `headers: { 'x-api-key': '${k.novamed()}' }\n` },
  ]);
  const facts: Array<Partial<Finding>> = [
    {
      validation: { status: 'valid', checkedAt: '2026-11-20T10:00:00Z', detail: {} },
      commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      author: 'Mallory "><svg onload=alert(2)>',
      date: '2025-03-02T09:00:00Z',
    },
    {
      validation: { status: 'valid-limited', checkedAt: '2026-11-20T10:00:00Z', detail: {} },
      date: '2026-01-15T12:00:00Z',
      commit: 'b'.repeat(40),
    },
    { validation: { status: 'invalid', checkedAt: '2026-11-20T10:00:00Z', detail: {} } },
  ];
  const secretFindings = report.findings.filter((f) => f.kind === 'secret');
  secretFindings.forEach((f, i) =>
    Object.assign(f, facts[i % facts.length], { repo: i % 2 === 0 ? 'acme/web' : 'acme/api' }),
  );
  return { report: JSON.parse(renderJson(report)) as Report, secrets: [...secrets.values()] };
}

function count(findings: Finding[], key: (f: Finding) => string, value: string): number {
  return findings.filter((f) => key(f) === value).length;
}

describe.skipIf(!haveChromium)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let report: Report;
  let secrets: string[];
  let dir: string;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    ({ report, secrets } = await fixtureReport());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-html-'));
    fs.writeFileSync(path.join(dir, 'report.json'), renderJson(report));
    const cli = spawnSync(
      process.execPath,
      [
        'bin/keylint.js',
        'report',
        path.join(dir, 'report.json'),
        '--format',
        'html',
        '-o',
        path.join(dir, 'report.html'),
      ],
      {
        env: { ...process.env, NO_COLOR: '1' },
        encoding: 'utf8',
      },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(path.join(dir, 'report.html')).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (!process.env.KEYLINT_KEEP_SCREENSHOTS) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('covers every vendor, kind of fact and the crafted file in the fixture', () => {
    expect(new Set(report.findings.map((f) => f.vendor))).toEqual(new Set(['maxai', 'novamed', 'maiagent']));
    expect(report.findings.some((f) => f.original)).toBe(true);
    expect(report.findings.some((f) => f.file === CRAFTED)).toBe(true);
  });

  it('shows the same numbers as the JSON report', async () => {
    const shown = await page.$$eval('[data-summary]', (els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute('data-summary'), Number(el.textContent)])),
    );
    const all = report.findings;
    const status = (f: Finding) => f.validation?.status ?? 'not checked';
    expect(shown.total).toBe(all.length);
    expect(shown.critical).toBe(count(all, (f) => f.severity, 'critical'));
    expect(shown.live).toBe(all.filter((f) => ['valid', 'valid-limited'].includes(status(f))).length);
    for (const vendor of ['maxai', 'novamed', 'maiagent'])
      expect(shown[`vendor:${vendor}`] ?? 0).toBe(count(all, (f) => f.vendor ?? '', vendor));
    for (const severity of ['critical', 'high', 'medium', 'low'])
      expect(shown[`severity:${severity}`] ?? 0).toBe(count(all, (f) => f.severity, severity));
    for (const kind of ['secret', 'policy', 'usage'])
      expect(shown[`kind:${kind}`] ?? 0).toBe(count(all, (f) => f.kind, kind));
    for (const s of ['valid', 'valid-limited', 'invalid', 'not checked'])
      expect(shown[`status:${s}`] ?? 0).toBe(count(all, status, s));
    expect(await page.locator('#findings-body tr').count()).toBe(all.length);
    await expect(page.locator('#shown-count').textContent()).resolves.toBe(`${all.length} of ${all.length}`);
  });

  it('draws the charts as inline SVG, including the timeline and per-repository chart', async () => {
    for (const id of ['chart-vendor', 'chart-timeline', 'chart-repo']) {
      await expect(page.locator(`svg[aria-labelledby="${id}-title"]`).count()).resolves.toBe(1);
    }
    const dots = await page.locator('svg[aria-labelledby="chart-timeline-title"] circle').count();
    expect(dots).toBe(report.findings.filter((f) => f.date).length);
  });

  it('sorts by clicking a column header and by keyboard', async () => {
    const files = () =>
      page.$$eval('#findings-body tr:not([hidden]) td:nth-child(4) code:first-of-type', (els) =>
        els.map((el) => el.textContent ?? ''),
      );
    const header = page.locator('th:has(button[data-sort="file"])');
    await page.click('button[data-sort="file"]');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const ascending = await files();
    const byName = (s: string) => s.replace(/:\d+:\d+$/, '');
    expect(ascending.map(byName)).toEqual(
      [...ascending.map(byName)].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })),
    );
    await page.focus('button[data-sort="file"]');
    await page.keyboard.press('Enter');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    expect((await files()).map(byName)).toEqual([...ascending.map(byName)].reverse());
    await expect(page.locator('th:has(button[data-sort="severity"])').getAttribute('aria-sort')).resolves.toBe('none');
  });

  it('filters by labelled controls and by search text', async () => {
    const novamed = count(report.findings, (f) => f.vendor ?? '', 'novamed');
    await page.getByLabel('Vendor', { exact: true }).selectOption('NovaMed');
    await expect(page.locator('#findings-body tr:not([hidden])').count()).resolves.toBe(novamed);
    const vendors = await page.$$eval('#findings-body tr:not([hidden]) td:nth-child(3)', (els) =>
      els.map((el) => el.textContent),
    );
    expect(new Set(vendors)).toEqual(new Set(['NovaMed']));
    await expect(page.locator('#shown-count').textContent()).resolves.toBe(`${novamed} of ${report.findings.length}`);
    await page.click('button[type="reset"]');
    await page.getByLabel('Search', { exact: true }).fill('onerror');
    await expect(page.locator('#findings-body tr:not([hidden])').count()).resolves.toBe(
      count(report.findings, (f) => f.file, CRAFTED),
    );
    await page.getByLabel('Search', { exact: true }).fill('');
    await expect(page.locator('#findings-body tr:not([hidden])').count()).resolves.toBe(report.findings.length);
  });

  it('shows the crafted file name as text and runs no injected markup', async () => {
    const texts = await page.$$eval('#findings-body td:nth-child(4) code', (els) =>
      els.map((el) => el.textContent ?? ''),
    );
    expect(texts.some((t) => t.startsWith(`${CRAFTED}:`))).toBe(true);
    expect(texts.some((t) => t.startsWith(`${BREAKOUT}:`))).toBe(true);
    await expect(page.locator('img, svg[onload]').count()).resolves.toBe(0);
    await expect(page.locator('script').count()).resolves.toBe(2);
    expect(await page.evaluate(() => document.body.innerText)).toContain('Mallory "><svg onload=alert(2)>');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("lists live keys in the revocation checklist with each vendor's steps", async () => {
    const checklist = (await page.locator('section[aria-labelledby="revoke-h"]').textContent()) ?? '';
    expect(checklist).toContain('Marketplace → Your App → Settings → API Keys');
    expect(checklist).toContain('keylint revoke --verify');
    const liveVendors = new Set(
      report.findings
        .filter((f) => ['valid', 'valid-limited'].includes(f.validation?.status ?? ''))
        .map((f) => f.vendor),
    );
    if (liveVendors.has('novamed')) expect(checklist).toContain('api@nimbus-os.com');
    if (liveVendors.has('maiagent')) expect(checklist).toContain('Username → Account → API Key');
    await expect(
      page.locator('section[aria-labelledby="revoke-h"] input[type="checkbox"]').count(),
    ).resolves.toBeGreaterThan(0);
  });

  it('makes no request but the file itself and holds no full key', async () => {
    const html = await page.content();
    const text = await page.evaluate(() => document.body.innerText);
    for (const secret of secrets) {
      expect(html).not.toContain(secret);
      expect(text).not.toContain(secret);
    }
    expect(fs.readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('Content-Security-Policy');
    expect(requests).toEqual([pathToFileURL(path.join(dir, 'report.html')).href]);
  });

  it('renders a screenshot in light and dark mode', async () => {
    const light = path.join(dir, 'report-light.png');
    await page.screenshot({ path: light, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = path.join(dir, 'report-dark.png');
    await page.screenshot({ path: dark, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
    for (const file of [light, dark]) expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    if (process.env.KEYLINT_KEEP_SCREENSHOTS) console.log(`screenshots: ${light} ${dark}`);
    expect(requests).toHaveLength(1);
  });
});
