// The keyword pass in two stages (src/detect/stages.ts): the short generic keywords (`key:`, `token=`, `log.`) are
// searched only in items whose first stage shows that a pattern they start can count there, so the first stage must
// hold every keyword that decides that. Findings against the exhaustive reference: the other equivalence tests.
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { builtinRules } from '../helpers/scan.js';

describe('keyword stages', () => {
  it('defers only short keywords, and keeps hints and view triggers in the first stage', () => {
    const detector = createDetector(builtinRules(), { gating: 'always' });
    const { keywords } = detector.matcher;
    const deferred = keywords.filter((_, i) => detector.stages.deferred[i] === 1);
    expect(deferred).toContain('key:');
    expect(deferred.every((k) => k.length < 7)).toBe(true);
    keywords.forEach((k, i) => {
      if (detector.isHint[i] || detector.isView[i] !== 0) expect(detector.stages.deferred[i], k).toBe(0);
    });
  });
});
