// Detection workers take the prefilter's second stage from the pool's thread instead of analysing the rules each:
// a detector that waits for it scans on without it, applies it once it comes, and ends with the same gates and
// the same matches as one that analysed the rules itself; sets made for other rules are not taken.
import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, createDetector, type Detector, gateSets, ItemScanner } from '../../src/detect/engine.js';
import { fakeKeys } from '../helpers/fake.js';
import { builtinRules } from '../helpers/scan.js';

const keys = fakeKeys(5);

/** A file a little over a block: keys behind x-api-key headers (the second stage gates those) among filler. */
function bigFile(): Buffer {
  const lines: string[] = [];
  for (let size = 0; size < BLOCK_SIZE + 4096; ) {
    const line =
      lines.length % 500 === 0
        ? `headers = {"x-api-key": "${keys.novamed()}"}  # NovaMed`
        : `const value${lines.length} = compute(${lines.length}); // filler without keywords`;
    lines.push(line);
    size += line.length + 1;
  }
  return Buffer.from(lines.join('\n'));
}

function scan(detector: Detector, file: Buffer) {
  const scanner = new ItemScanner(detector, 'client.py');
  scanner.feed(file, true);
  return scanner.finish().map((m) => `${m.rule.id} ${m.offset} ${m.secret}`);
}

const keywordsAndGates = (detector: Detector) => ({
  keywords: detector.matcher.keywords,
  gates: detector.gates,
});

describe('the second stage from another thread', () => {
  const ruleSet = builtinRules();
  const file = bigFile();

  it('is applied once it comes, with the same gates and matches as an own analysis', () => {
    const own = createDetector(ruleSet);
    const ownMatches = [scan(own, file), scan(own, file)];
    expect(own.gates).toBeDefined();

    const shared = createDetector(ruleSet);
    let asked = 0;
    let ready = false;
    shared.sharedGates = () => {
      asked++;
      return ready ? gateSets(createDetector(ruleSet)) : undefined;
    };
    // Past the first block it asks, and scans on without gates while the answer is not there.
    const first = scan(shared, file);
    expect(asked).toBe(1);
    expect(shared.gates).toBeUndefined();
    ready = true;
    const second = scan(shared, file);
    expect(shared.gates).toBeDefined();
    expect(keywordsAndGates(shared)).toEqual(keywordsAndGates(own));
    expect([first, second]).toEqual(ownMatches);
    expect(first.length).toBeGreaterThan(10);
    expect(first).toEqual(scan(createDetector(ruleSet, { gating: 'never' }), file));
  });

  it('analyses the rules itself when the sets were made for other rules', () => {
    const other = { ...ruleSet, rules: ruleSet.rules.filter((rule) => rule.id !== 'maiagent-api-key') };
    const detector = createDetector(ruleSet);
    detector.sharedGates = () => gateSets(createDetector(other));
    scan(detector, file);
    expect(keywordsAndGates(detector)).toEqual(keywordsAndGates(createDetector(ruleSet, { gating: 'always' })));
  });
});
