// The detection corpus through the fast path, with and without the prefilter's second stage, finds exactly what
// the exhaustive reference finds: every binding form of the corpus, its decoys and its placeholders.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanRunOptions } from '../../src/scan/run.js';
import { tempDir } from '../helpers/cli.js';
import { loadCorpus, writeCase } from '../helpers/corpus-cases.js';
import { builtinRules, scanFolder } from '../helpers/scan.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'corpus');

describe('the corpus through every detection mode', () => {
  let tmp: ReturnType<typeof tempDir>;
  const ruleSet = builtinRules();

  beforeAll(() => {
    tmp = tempDir('keylint-corpus-modes-');
    // Cases with git steps are scanned as repositories elsewhere; here every case is plain files.
    for (const c of loadCorpus(ROOT).filter((c) => c.spec.git === undefined)) {
      writeCase(c, path.join(tmp.dir, c.cls, c.name), 16);
    }
  }, 300_000);
  afterAll(() => tmp?.cleanup());

  const scan = (options: ScanRunOptions) => scanFolder(tmp.dir, ruleSet, options);

  it('finds the same with the second stage, without it, and in the exhaustive reference', async () => {
    const reference = await scan({ exhaustive: true });
    expect(reference.findings.filter((f) => f.kind === 'secret').length).toBeGreaterThan(250);
    expect(await scan({ gating: 'always' })).toEqual(reference);
    expect(await scan({ gating: 'never' })).toEqual(reference);
  }, 900_000);
});
