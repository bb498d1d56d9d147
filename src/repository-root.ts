// The top level of the git work tree holding a folder, found on disk (a `.git` folder or file) without running git:
// the config lookup and repository-relative report paths need it on every run, a pre-commit hook's included.
import fs from 'node:fs';
import path from 'node:path';

/**
 * The nearest folder at or above `dir` holding `.git`, or a bare repository (or a `.git` folder) itself, or
 * undefined outside any repository. A bare repository stops the walk: one kept inside another project (a mirror,
 * a cache) is its own repository, and the project around it must not lend it its config and allowances.
 */
export function repositoryRoot(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, '.git')) || isGitDir(at)) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/** Whether `dir` is a git directory: what git itself checks (HEAD, objects/, refs/). */
export function isGitDir(dir: string): boolean {
  return ['HEAD', 'objects', 'refs'].every((entry) => fs.existsSync(path.join(dir, entry)));
}
