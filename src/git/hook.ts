// The pre-commit hook keylint writes: where git looks for hooks, and whose hook is already there.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { KEYLINT_BIN } from '../package-root.js';
import { runGit } from './exec.js';
import { openRepo } from './repo.js';
import { MANAGED_COMMAND, addToManager, detectHookManager, type HookManager } from './hook-managers.js';

/** The line that marks a hook as keylint's own, so that reinstalling may replace it. */
export const HOOK_MARKER = '# keylint:pre-commit-hook';

/** Where `--force` moves a foreign hook; keylint's hook runs it afterwards. */
const BACKUP_SUFFIX = '.keylint-backup';

/** What `installHook` did: the file it wrote or edited, the hook manager it went through, a foreign hook kept. */
export interface HookInstall {
  file: string;
  /** husky or lefthook when keylint was added to their configuration instead of writing a hook. */
  manager?: HookManager['name'];
  /** False when the manager's configuration already ran keylint. */
  changed: boolean;
  /** Where a foreign hook replaced with --force was moved; the new hook runs it after keylint. */
  backup?: string;
}

/**
 * Installs keylint in the repository containing `dir`: into husky's or lefthook's configuration when the
 * repository uses one, else as the pre-commit hook in the hooks folder (core.hooksPath honoured).
 */
export async function installHook(
  dir: string,
  options: { force?: boolean; command?: string } = {},
): Promise<HookInstall> {
  const repo = await openRepo(dir);
  const hooksPath = await configuredHooksPath(repo.root);
  const manager = detectHookManager(repo.root, hooksPath);
  if (manager) return { file: manager.file, manager: manager.name, changed: addToManager(manager, repo.root) };
  const hooksDir =
    hooksPath ??
    path.resolve(repo.root, (await runGit(repo.root, ['rev-parse', '--git-path', 'hooks'])).toString('utf8').trim());
  const file = path.join(hooksDir, 'pre-commit');
  let backup: string | undefined;
  const existing = readIfExists(file);
  if (existing !== undefined && !existing.includes(HOOK_MARKER)) {
    if (!options.force) {
      throw new UsageError(
        `${file} exists and is not keylint's; pass --force to run it after keylint (kept as pre-commit.keylint-backup)`,
      );
    }
    backup = `${file}${BACKUP_SUFFIX}`;
    fs.renameSync(file, backup);
  }
  fs.mkdirSync(hooksDir, { recursive: true });
  fs.writeFileSync(file, hookScript(options.command), { mode: 0o755 });
  fs.chmodSync(file, 0o755);
  return { file, backup, changed: true };
}

/**
 * The hook: the keylint that installed it when it is still there, else the project's own keylint; then the
 * hook it replaced (`--force`), with the same arguments and input, so that replacing never drops a check.
 */
export function hookScript(command?: string): string {
  const keylint = `node ${shellQuote(KEYLINT_BIN)} staged --format human`;
  const run =
    command ?? `if [ -f ${shellQuote(KEYLINT_BIN)} ]; then ${keylint}; else ${MANAGED_COMMAND} --format human; fi`;
  const previous = `"$(dirname -- "$0")/pre-commit${BACKUP_SUFFIX}"`;
  return [
    '#!/bin/sh',
    `${HOOK_MARKER} (written by \`keylint install-hook\`; bypass once with git commit --no-verify)`,
    `${run} || exit $?`,
    `if [ -x ${previous} ]; then exec ${previous} "$@"; fi`,
    '',
  ].join('\n');
}

/** core.hooksPath when set (relative to the top level, as git resolves it). */
async function configuredHooksPath(root: string): Promise<string | undefined> {
  const configured = (await runGit(root, ['config', '--get', 'core.hooksPath']).catch(() => Buffer.alloc(0)))
    .toString('utf8')
    .trim();
  return configured ? path.resolve(root, configured.replace(/^~(?=\/)/, process.env.HOME ?? '~')) : undefined;
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
