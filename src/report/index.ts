// The reporter registry: each format is a pure function from a (redacted) report to text.
import { renderGithub } from './github.js';
import { renderHuman } from './human.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import type { Reporter } from './types.js';

/** Every output format by name. */
export const REPORTERS = {
  human: renderHuman,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  junit: renderJunit,
  html: renderHtml,
} satisfies Record<string, Reporter>;

/** A format name accepted by `--format`. */
export type Format = keyof typeof REPORTERS;
