// Facts next to a key in its own file: the Max AI organisation id, and a MaiAgent base URL that only says the key
// may belong to a private deployment (scanned content never chooses where a key is sent).
import type { Finding } from '../types.js';
import type { Hints } from './vendor.js';

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
// Most specific first: a value bound to an organisation name, then an `org_…` id, then any UUID.
const ORGANIZATION = [
  /(?:x-organization-id|organization_?id|org_?id)["']?\s*[:=,]\s*["']?([A-Za-z0-9_-]{6,64})/gi,
  /\b(org_[A-Za-z0-9]{3,64})\b/g,
  UUID,
];
const BASE_URL = /MAIAGENT_BASE_URL["']?\s*[:=]\s*["']?(https?:\/\/[^\s"'`]+)/gi;

/**
 * Hints belong to one occurrence of a key: the same key in two files keeps the organisation id found
 * beside each. This names an occurrence (the key's fingerprint, where it is, and in which commit).
 */
export function occurrenceOf(finding: Finding): string {
  return [finding.fingerprint, finding.file, finding.line, finding.column, finding.commit ?? ''].join('\0');
}

/** The hints for a finding, read from the text of the file it was found in. */
export function hintsFor(finding: Finding, text: string): Hints {
  const hints: Hints = {};
  if (finding.vendor === 'maxai') {
    for (const pattern of ORGANIZATION) {
      const id = nearest(text, pattern, finding.line);
      if (id && !/^max_/.test(id)) {
        hints.organizationId = id;
        break;
      }
    }
  }
  if (finding.vendor === 'maiagent') hints.baseUrlSeen = nearest(text, BASE_URL, finding.line);
  return hints;
}

/** The first capture (or whole match) of `pattern` closest in lines to `line`. */
function nearest(text: string, pattern: RegExp, line: number): string | undefined {
  let best: { value: string; distance: number } | undefined;
  let at = 1;
  let scanned = 0;
  for (const match of text.matchAll(pattern)) {
    // Matches come in order, so line numbers are counted incrementally (bundles hold thousands of UUIDs).
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) at++;
    scanned = match.index;
    const distance = Math.abs(at - line);
    if (!best || distance < best.distance) best = { value: match[1] ?? match[0], distance };
  }
  return best?.value;
}
