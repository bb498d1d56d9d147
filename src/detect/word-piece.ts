// A vendor's context word counts only where it names something of its own: `maxai` inside `maxAirTemp`, or
// `novamed` inside `NovaMedical`, is a piece of another word, and a file of air temperatures is not Max AI's.

const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const LOWER_S = 115;
const UPPER_S = 83;

/**
 * Whether the word at `at`..`end` (character codes by `codeAt`) ends inside a longer word: its own last part, begun
 * by a capital after a lower-case letter or by a separator, runs on in lower-case letters (`max|Ai|rTemp`,
 * `nova-med|ical`). A plural `s` does not (`MaiAgents`); an all-lower-case run (`novamedclient`, a Go package) and
 * a word ending in a separator (`max_prd_ak_`, before a key's body) have no part to cut. A capitals word runs on
 * in capitals (`NOVA_MEDIA_S3_BUCKET`, `ANOVA_MEDIA_pval`): SCREAMING_CASE parts end at a separator, so that part
 * is another word; not so an acronym before a capitalised word (`NOVAMEDClient`) or a plural (`MAIAGENTS`).
 */
export function cutsWord(
  codeAt: (index: number) => number,
  at: number,
  end: number,
  others: readonly string[] = [],
): boolean {
  if (others.some((other) => overlaps(codeAt, at, end, other))) return true;
  const next = codeAt(end);
  if (isUpper(next) && isUpper(codeAt(end - 1))) {
    const after = codeAt(end + 1);
    return next === UPPER_S ? isUpper(after) : !isLower(after);
  }
  if (!isLower(next) || !isLetter(codeAt(end - 1))) return false;
  if (next === LOWER_S && !isLower(codeAt(end + 1))) return false;
  for (let i = end - 1; i > at; i--) {
    const code = codeAt(i);
    if (!isLetter(code) && !isDigit(code)) return true;
    if (isUpper(code) && isLower(codeAt(i - 1))) return true;
  }
  return false;
}

/**
 * Whether `text` (`lower` its lower-cased copy) holds `word` anywhere as a word of its own, not cut (`cutsWord`) nor
 * part of one of `others`.
 */
export function mentions(text: string, lower: string, word: string, others: readonly string[] = []): boolean {
  const codeAt = (index: number) => text.charCodeAt(index);
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    if (!cutsWord(codeAt, at, at + word.length, others)) return true;
  }
  return false;
}

/**
 * Whether `other` (a lower-case word of another thing, from the vendors' hints) is written, in any letter case,
 * across some of `at`..`end`: `supernova` in `supernovamed`, `minimax` in `MiniMaxAI`, `novamedia` over `novamed`.
 */
function overlaps(codeAt: (index: number) => number, at: number, end: number, other: string): boolean {
  for (let start = Math.max(0, at - other.length + 1); start < end; start++) {
    let i = 0;
    while (i < other.length && toLower(codeAt(start + i)) === other.charCodeAt(i)) i++;
    if (i === other.length) return true;
  }
  return false;
}

function toLower(code: number): number {
  return isUpper(code) ? code + 32 : code;
}

function isUpper(code: number): boolean {
  return code >= UPPER_A && code <= UPPER_Z;
}

function isLower(code: number): boolean {
  return code >= LOWER_A && code <= LOWER_Z;
}

function isLetter(code: number): boolean {
  return isUpper(code) || isLower(code);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
