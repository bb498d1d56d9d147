// The keyword pass in two stages. One Wu-Manber pass can skip no further than its shortest keyword allows, and the
// four-byte keywords (`key=`, `log.`, the view anchors `se64`, `tob(`) cap its shift at three bytes: over axios's
// history, the 163 keywords of seven bytes or more alone ran 2.5x faster than all 213 together.
//
// So a first stage searches every item for the keywords that must always be found: the long ones (vendor names and
// hosts, key prefixes, headers, the second stage's gate literals), and, in a small matcher of their own, the short
// ones that are vendor hints, view triggers, gate literals or that start a pattern that can count anywhere. The
// short keywords left (`key:`, `token=`, `puts`, `log.`) start only patterns that need a vendor's context, a vendor
// named before them, or a gate literal: the item's first stage shows whether any of them can count there, and the
// deferred keywords are searched (a third matcher) only in the items where one can (see ItemScanner.scanHits).

import { KeywordMatcher } from './keywords.js';

/** Keywords at least this long go into the first stage's main matcher (see above: its shift is up to six bytes). */
export const LONG_KEYWORD = 7;

/** Keyword indexes, as a detector numbers them, searched by one matcher. */
class Part {
  readonly matcher: KeywordMatcher;
  constructor(
    keywords: readonly string[],
    readonly ids: number[],
  ) {
    this.matcher = new KeywordMatcher(ids.map((id) => keywords[id]!));
  }

  /** Appends hits as `KeywordMatcher.find` does, numbered by the detector's keyword indexes. */
  find(data: Uint8Array, from: number, to: number, hits: number[]): void {
    const start = hits.length;
    this.matcher.find(data, from, to, hits);
    const ids = this.ids;
    for (let i = start; i < hits.length; i += 2) hits[i] = ids[hits[i]!]!;
  }
}

/** A detector's keywords split into the always-searched first stage and the deferred rest. */
export class StagedMatcher {
  private readonly first: Part[];
  private readonly deferredPart: Part | undefined;
  /** By keyword index: whether the keyword is deferred. */
  readonly deferred: Uint8Array;
  /** Whether any keyword is deferred. */
  readonly splits: boolean;
  warmed = false;

  /** `always`: by keyword index, whether a short keyword must be in the first stage. */
  constructor(keywords: readonly string[], always: (index: number) => boolean) {
    const long: number[] = [];
    const short: number[] = [];
    const rest: number[] = [];
    keywords.forEach((keyword, i) => {
      if (Buffer.byteLength(keyword) >= LONG_KEYWORD) long.push(i);
      else if (always(i)) short.push(i);
      else rest.push(i);
    });
    this.deferred = new Uint8Array(keywords.length);
    for (const i of rest) this.deferred[i] = 1;
    this.first = [long, short].filter((ids) => ids.length > 0).map((ids) => new Part(keywords, ids));
    this.deferredPart = rest.length > 0 ? new Part(keywords, rest) : undefined;
    this.splits = rest.length > 0;
  }

  /** The first stage's hits in `from`..`to`, as `KeywordMatcher.find` gives them. */
  findFirst(data: Uint8Array, from: number, to: number, hits: number[]): void {
    for (const part of this.first) part.find(data, from, to, hits);
  }

  /** The deferred keywords' hits in `from`..`to`. */
  findDeferred(data: Uint8Array, from: number, to: number, hits: number[]): void {
    this.deferredPart?.find(data, from, to, hits);
  }

  warm(): void {
    this.warmed = true;
    for (const part of this.first) part.matcher.warm();
    this.deferredPart?.matcher.warm();
  }
}
