// The pre-commit hook keylint writes: where git looks for hooks, and whose hook is already there.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { runGit } from './exec.js';
import { openRepo } from './repo.js';

/** The line that marks a hook as keylint's own, so that reinstalling may replace it. */
export const HOOK_MARKER = '# keylint:pre-commit-hook';

const LAUNCHER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'keylint.js');

/** Where the hook was written and whether a foreign hook was moved aside. */
export interface HookInstall {
  file: string;
  backup?: string;
}

/** Writes the pre-commit hook of the repository containing `dir` (core.hooksPath honoured). */
export async function installHook(
  dir: string,
  options: { force?: boolean; command?: string } = {},
): Promise<HookInstall> {
  const repo = await openRepo(dir);
  const hooksDir = await hooksDirOf(repo.root);
  const file = path.join(hooksDir, 'pre-commit');
  let backup: string | undefined;
  const existing = readIfExists(file);
  if (existing !== undefined && !existing.includes(HOOK_MARKER)) {
    if (!options.force)
      throw new UsageError(
        `${file} exists and is not keylint's; chain keylint from it, or pass --force (the old hook is kept as pre-commit.keylint-backup)`,
      );
    backup = `${file}.keylint-backup`;
    fs.renameSync(file, backup);
  }
  fs.mkdirSync(hooksDir, { recursive: true });
  fs.writeFileSync(file, hookScript(options.command), { mode: 0o755 });
  fs.chmodSync(file, 0o755);
  return { file, backup };
}

/** The hook: the keylint that installed it when it is still there, else the project's own keylint. */
export function hookScript(command?: string): string {
  const run =
    command ??
    `if [ -f ${shellQuote(LAUNCHER)} ]; then exec node ${shellQuote(LAUNCHER)} staged --format human; fi\nexec npx --no-install keylint staged --format human`;
  return `#!/bin/sh\n${HOOK_MARKER} (written by \`keylint install-hook\`; bypass once with git commit --no-verify)\n${run}\n`;
}

/** core.hooksPath when set (relative to the top level, as git resolves it), else the git dir's hooks. */
async function hooksDirOf(root: string): Promise<string> {
  const configured = (await runGit(root, ['config', '--get', 'core.hooksPath']).catch(() => Buffer.alloc(0)))
    .toString('utf8')
    .trim();
  if (configured) return path.resolve(root, configured.replace(/^~(?=\/)/, process.env.HOME ?? '~'));
  return path.resolve(root, (await runGit(root, ['rev-parse', '--git-path', 'hooks'])).toString('utf8').trim());
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
