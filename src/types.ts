// The contract types shared by sources, the engine, policies and reporters.

/** How bad a finding is; ordered from worst to least. */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** Ordered worst first, so that an index comparison ranks severities. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** What a finding is about: a literal key, where a key lives, or how code sends one. */
export type Kind = 'secret' | 'policy' | 'usage';

/** The three vendors keylint knows. */
export type Vendor = 'maxai' | 'novamed' | 'maiagent';

/** The environment a key belongs to, when it can be told. */
export type Environment = 'production' | 'staging' | 'development' | 'unknown';

/** Liveness of a key as reported by its vendor (opt-in). */
export type ValidationStatus = 'valid' | 'valid-limited' | 'invalid' | 'unknown';

/** Live statuses: the ones `--fail-on-live` and `keylint revoke` act on. */
export function isLive(status: string | undefined): boolean {
  return status === 'valid' || status === 'valid-limited';
}

/** Result of asking a vendor about one key; bodies are never kept. */
export interface Validation {
  status: ValidationStatus;
  checkedAt: string;
  /** Reason code for `unknown`, or identity facts (app, organisation, scopes) for live keys. */
  detail: Record<string, unknown>;
}

/** Where a finding in generated code came from, decoded from a source map. */
export interface OriginalLocation {
  file: string;
  line: number;
  column: number;
}

/** One reported problem. `secret` is always redacted unless the user asked for `--show-secrets`. */
export interface Finding {
  kind: Kind;
  ruleId: string;
  vendor: Vendor | null;
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Hash of (rule, secret): stable across moves, never reversible. */
  fingerprint: string;
  secret: string;
  /**
   * Secret findings: whether the vendor is confirmed by the key's shape, the name it is bound to, or vendor context
   * around it. Only confirmed keys are ever sent to a vendor.
   */
  vendorConfirmed?: boolean;
  environment?: Environment;
  /** One sentence: why this matters. */
  message: string;
  /** One sentence: what to do. */
  fix: string;
  commit?: string;
  /** `owner/name` of the repository, in organisation audits. */
  repo?: string;
  author?: string;
  date?: string;
  /** How many commits or places carried the same secret (history scans). */
  occurrences?: number;
  original?: OriginalLocation;
  validation?: Validation;
}

/** A file or entry that could not be scanned, and why; the scan goes on. */
export interface ScanNote {
  file: string;
  reason: string;
}

/** Everything a reporter needs; contains no full secret unless `--show-secrets`. */
export interface Report {
  version: 1;
  findings: Finding[];
  stats: { files: number; bytes: number; durationMs: number };
  /** Files skipped (binary, too large, unreadable) and errors that did not stop the scan. */
  notes: ScanNote[];
}

/** A piece of content to scan, with its origin. Sources yield these; the engine reads them. */
export interface Item {
  /** Display path: relative to the scan root, forward slashes; `outer.zip!inner/app.js` inside archives. */
  path: string;
  /** Size in bytes when known before reading; lets the engine stream large items. */
  size?: number;
  /** The whole content. Used for items up to the engine's block size. */
  read(): Promise<Buffer>;
  /** The content in pieces, for items too large to hold at once. */
  stream?(): AsyncIterable<Buffer>;
  /** The file on disk, when the item is one: lets a worker thread read it itself. */
  file?: string;
  /** History attribution, when the item is a git blob. */
  commit?: string;
  /** Lets the content's memory be used again: called once the item's scan is done and nothing reads it any more. */
  release?(): void;
}

/** Anything that yields items to scan: a directory walk, git history, the index, an archive. */
export interface Source {
  items(notes: ScanNote[]): AsyncIterable<Item>;
}

/** Raw secrets by fingerprint: what validation needs and `--show-secrets` reveals. Never written to disk. */
export type SecretVault = Map<string, string>;

/** A finished scan: the redacted report and the vault. */
export interface ScanResult {
  report: Report;
  secrets: SecretVault;
}
