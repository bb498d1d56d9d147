// The top level of the git work tree holding a folder, found on disk (a `.git` folder or file) without running git:
// the config lookup and repository-relative report paths need it on every run, a pre-commit hook's included.
import fs from 'node:fs';
import path from 'node:path';

/** The nearest folder at or above `dir` holding `.git`, or undefined outside any repository. */
export function repositoryRoot(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}
