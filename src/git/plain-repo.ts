// The repository of an ordinary checkout, found on disk as `git rev-parse` would find it: a pre-commit run then
// starts one git process (the diff), not two. Anything that git's own discovery treats specially (an environment
// that points git elsewhere, a `.git` file of a worktree or submodule, core.worktree, a bare or foreign-owned
// repository, a file system boundary) is left to `git rev-parse`.
import fs from 'node:fs';
import path from 'node:path';
import { readRegularFile } from '../regular-file.js';
import { isGitDir } from '../repository-root.js';

/** Environment variables that change where git looks for the repository or its top level. */
const DISCOVERY_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
];

/**
 * Repository config that moves the top level or makes it bare: core.worktree (also through a per-worktree config
 * or an include), core.bare set to anything but false.
 */
const MOVED_TOP_LEVEL = /worktree|include|^[ \t]*bare[ \t]*=(?![ \t]*false[ \t]*$)/im;

/** A larger config is left to git. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The repository holding `dir` when it is an ordinary checkout (top level and shallowness), else undefined. */
export function plainRepo(
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
): { root: string; shallow: boolean } | undefined {
  if (DISCOVERY_ENV.some((name) => env[name] !== undefined)) return undefined;
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  try {
    const start = fs.realpathSync(dir);
    const device = fs.statSync(start).dev;
    for (let at = start; ; at = path.dirname(at)) {
      if (fs.statSync(at).dev !== device) return undefined;
      // Inside a git directory (a bare repository, or .git itself): git's answer differs from a checkout's.
      if (isGitDir(at)) return undefined;
      const gitDir = path.join(at, '.git');
      const stat = fs.statSync(gitDir, { throwIfNoEntry: false });
      if (stat) {
        if (!stat.isDirectory() || stat.uid !== uid || !isGitDir(gitDir)) return undefined;
        // Read only as a regular file: a config that is a FIFO blocked this read, and keylint, for ever.
        const config = readRegularFile(path.join(gitDir, 'config'), MAX_CONFIG_BYTES, { followLinks: true });
        if (MOVED_TOP_LEVEL.test(config.toString('utf8'))) return undefined;
        if (fs.statSync(at).uid !== uid) return undefined;
        return {
          root: at,
          shallow: (fs.statSync(path.join(gitDir, 'shallow'), { throwIfNoEntry: false })?.size ?? 0) > 0,
        };
      }
      if (path.dirname(at) === at) return undefined;
    }
  } catch {
    // Unreadable folders or config (a FIFO, a device): git decides.
    return undefined;
  }
}
