// Revocation without a vendor API: a ticket per live key with the vendor's documented steps, and an
// optional configured endpoint that is only called after explicit confirmation (`--yes`).
import { createHash } from 'node:crypto';
import { printable } from '../report/printable.js';
import { type Finding, isLive, type SecretVault, type Validation, type Vendor } from '../types.js';
import { RateCap, probe } from './http.js';
import { VENDORS } from '../vendors/index.js';
import type { VendorProfile } from '../vendors/profile.js';
import { VALIDATORS, httpOptions, type ValidateOptions } from './runner.js';

/** One key to revoke: everything a human needs, nothing that reveals the key. */
export interface Ticket {
  vendor: Vendor;
  environment: string;
  /** SHA-256 of the key, so the owner can match it without seeing it. */
  keySha256: string;
  last4: string;
  status: string;
  /** The status before this run (from a validated report, or before `--yes` called an endpoint), when known. */
  before?: string;
  /** Why the check ended `unknown` (timeout, rate-limited…), when it did. */
  reason?: string;
  identity: Record<string, unknown>;
  foundIn: string[];
  who: string;
  steps: string[];
}

/** One ticket per distinct validated key, live ones first; `before` holds statuses by fingerprint from earlier. */
export function ticketsFor(
  findings: Finding[],
  secrets: SecretVault,
  before: Map<string, string> = new Map(),
): Ticket[] {
  const byKey = new Map<string, Ticket>();
  for (const f of findings) {
    const key = secrets.get(f.fingerprint);
    if (!f.vendor || !f.validation || key === undefined || (f.kind !== 'secret' && f.kind !== 'policy')) continue;
    const keySha256 = createHash('sha256').update(key).digest('hex');
    const where = `${f.file}:${f.line}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ''}`;
    const existing = byKey.get(`${f.vendor}\0${keySha256}`);
    if (existing) {
      if (!existing.foundIn.includes(where)) existing.foundIn.push(where);
      continue;
    }
    const { reason, ...identity } = f.validation.detail;
    byKey.set(`${f.vendor}\0${keySha256}`, {
      vendor: f.vendor,
      environment: String(f.validation.detail.environment ?? f.environment ?? 'unknown'),
      keySha256,
      last4: key.slice(-4),
      status: f.validation.status,
      ...(before.has(f.fingerprint) ? { before: before.get(f.fingerprint) } : {}),
      ...(typeof reason === 'string' ? { reason } : {}),
      identity,
      foundIn: [where],
      who: VENDORS[f.vendor].revoke.who,
      steps: [...VENDORS[f.vendor].revoke.steps],
    });
  }
  return [...byKey.values()].sort((a, b) => Number(isLive(b.status)) - Number(isLive(a.status)));
}

/** A key revoked: live before, refused by its vendor now. A key never seen live is only invalid. */
export function isRevoked(ticket: Ticket): boolean {
  return ticket.status === 'invalid' && isLive(ticket.before);
}

/** Renders tickets; with `verify`, says which keys are now dead. */
export function renderTickets(tickets: Ticket[], verify: boolean): string {
  const live = tickets.filter((t) => isLive(t.status));
  const lines: string[] = [];
  for (const t of verify ? tickets : live) {
    const state = verify ? verifiedState(t) : t.status;
    lines.push(`${t.vendor} key …${t.last4} [${state}]  sha256 ${t.keySha256.slice(0, 16)}…  ${t.environment}`);
    if (Object.keys(t.identity).length > 0) lines.push(`  identity: ${JSON.stringify(t.identity)}`);
    lines.push(`  found in: ${t.foundIn.join(', ')}`);
    if (isLive(t.status)) {
      lines.push(`  revoked by ${t.who}:`);
      t.steps.forEach((step, i) => lines.push(`    ${i + 1}. ${step}`));
      lines.push('    then run: keylint revoke --verify (closes the ticket once the vendor answers invalid)');
    }
    lines.push('');
  }
  const count = (test: (t: Ticket) => boolean) => tickets.filter(test).length;
  const revoked = count(isRevoked);
  const invalid = count((t) => t.status === 'invalid') - revoked;
  const unknown = count((t) => t.status === 'unknown');
  const parts = [`${live.length} live key${live.length === 1 ? '' : 's'} to revoke`];
  if (verify) parts.push(`${revoked} revoked`);
  if (verify && invalid > 0) parts.push(`${invalid} invalid, not known to have been live`);
  if (unknown > 0) parts.push(`${unknown} unknown`);
  lines.push(`${parts.join(', ')}.`);
  // File names and reasons come from scanned repositories and saved reports: a control character in one is
  // shown escaped, so that it can neither drive the terminal nor fake a line of its own.
  return `${lines.map(printable).join('\n')}\n`;
}

function verifiedState(t: Ticket): string {
  if (isRevoked(t)) return 'now dead';
  if (t.status === 'invalid') return 'invalid';
  return isLive(t.status) ? 'STILL LIVE' : `unknown: ${t.reason ?? 'no answer'}`;
}

/**
 * Calls each configured revoke endpoint once per live key of its vendor and environment; returns a line per key.
 * A key is posted only to an endpoint on an official host of the environment whose host answered that the key
 * is live: a staging key never reaches a production endpoint, nor a production key a development one.
 */
export async function callRevokeEndpoints(
  findings: Finding[],
  secrets: SecretVault,
  endpoints: Record<string, string>,
  options: ValidateOptions = {},
): Promise<string[]> {
  const http = httpOptions(options);
  const done = new Set<string>();
  const lines: string[] = [];
  for (const f of findings) {
    const key = secrets.get(f.fingerprint);
    const endpoint = f.vendor ? endpoints[f.vendor] : undefined;
    if (!f.vendor || !endpoint || key === undefined || !isLive(f.validation?.status) || done.has(key)) continue;
    done.add(key);
    const validator = VALIDATORS[f.vendor];
    const url = new URL(endpoint);
    const said = `${f.vendor} key …${key.slice(-4)}: revoke endpoint`;
    const environment = liveEnvironment(f.vendor, f.validation!);
    const origins = (environment && VENDORS[f.vendor].origins[environment]) || [];
    if (!origins.includes(url.origin)) {
      const why = environment ? `a ${environment} key` : 'not live at an official host';
      lines.push(`${said} not called: ${url.origin} is not a host of the key's environment (${why})`);
      continue;
    }
    const reply = await probe(
      { origin: url.origin, path: url.pathname + url.search, method: 'POST', headers: validator.authHeaders(key, {}) },
      new Set(origins),
      new RateCap(validator.perMinute),
      http,
    );
    lines.push(`${said} ${reply.ok ? `answered ${reply.status}` : `failed (${reply.reason})`}`);
  }
  return lines;
}

type EnvironmentName = keyof VendorProfile['origins'];

/** The environment whose official host answered that the key is live; undefined for any other host. */
function liveEnvironment(vendor: Vendor, validation: Validation): EnvironmentName | undefined {
  const host = validation.detail.host;
  const origins = VENDORS[vendor].origins;
  return (Object.keys(origins) as EnvironmentName[]).find((name) => origins[name]?.includes(String(host)));
}
