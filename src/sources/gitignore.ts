// .gitignore rules for the working-tree walk, bounded: a repository writes its own .gitignore, and the
// matcher's regexes backtrack on `**` (each `/**/` multiplies the work by the path's depth).
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import { describeSystemError } from '../errors.js';
import { readRegularFile } from '../regular-file.js';

/** One .gitignore: its rules apply to paths below its own folder (`base`, relative to the root). */
export interface GitignoreFile {
  base: string;
  rules: Ignore;
  /** Why some or all of its lines are not honoured (the files they name are scanned). */
  problems: string[];
}

/**
 * Most `**` segments a line may keep once runs are folded. Two cover real use (`**\/build/**`, `a/**\/b/**`);
 * at twelve, one test of a 20-level path took 4 s.
 */
const MAX_GLOBSTARS = 2;
/** Bigger .gitignore files are not honoured: real ones are a few kilobytes. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;
/**
 * Paths deeper than this many directories are not tested against .gitignore rules (everything below is
 * scanned): with two `**`, matching grows with the cube of the depth, and only a crafted tree goes this deep.
 */
export const MAX_IGNORE_DEPTH = 100;

/** Reads a .gitignore; an unreadable one ignores nothing, so the files it would hide are still scanned. */
export function readGitignore(file: string, base: string): GitignoreFile {
  let text: string;
  try {
    text = readRegularFile(file, MAX_GITIGNORE_BYTES).toString('utf8');
  } catch (error) {
    return { base, rules: ignore(), problems: [`not honoured: ${describeSystemError(error)}`] };
  }
  const { lines, dropped } = boundedLines(text);
  const problems = dropped === 0 ? [] : [`${dropped} pattern(s) with more than ${MAX_GLOBSTARS} "**" not honoured`];
  return { base, rules: ignore().add(lines), problems };
}

/** Folds runs of `**` segments (`a/**\/**\/b` means `a/**\/b` to git too) and drops lines that keep too many. */
function boundedLines(text: string): { lines: string[]; dropped: number } {
  const lines: string[] = [];
  let dropped = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#')) continue;
    const segments = line.split('/').filter((segment, i, all) => !(isGlobstar(segment) && isGlobstar(all[i - 1])));
    if (segments.filter(isGlobstar).length > MAX_GLOBSTARS) dropped++;
    else lines.push(segments.join('/'));
  }
  return { lines, dropped };
}

function isGlobstar(segment: string | undefined): boolean {
  return segment !== undefined && /^\*{2,}$/.test(segment);
}

/**
 * Whether `relative` is ignored (directories are tested with a trailing slash). As in git, the deepest
 * .gitignore with a rule for the path decides: a nested `!keep.log` re-includes what `*.log` above ignored.
 */
export function isIgnored(ignores: GitignoreFile[], relative: string, isDirectory: boolean): boolean {
  for (let i = ignores.length - 1; i >= 0; i--) {
    const { base, rules } = ignores[i]!;
    const inside = base === '' ? relative : relative.slice(base.length + 1);
    const verdict = rules.test(isDirectory ? `${inside}/` : inside);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}
