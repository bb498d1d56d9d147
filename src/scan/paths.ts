// The working tree as a scan target: the paths given, walked with each folder's .gitignore.
import fs from 'node:fs';
import path from 'node:path';
import { defaultWorkerCount } from '../detect/pool.js';
import { addOriginalPositions } from '../enrich/bundle-origin.js';
import { isArchivePath } from '../archive-path.js';
import { UsageError } from '../errors.js';
import { fsPath } from '../name-bytes.js';
import { scanSource } from './run.js';
import type { Scope } from './scope.js';

/** Files and directories to scan. */
export interface TreeTarget {
  kind: 'tree';
  paths: string[];
  cwd: string;
  /** Honour .gitignore files. Default: true. */
  useGitignore?: boolean;
  /** A commit whose config, custom rules and baseline apply instead of the tree's (see settingsAgainstBase). */
  trustedBase?: string;
}

/** The working tree's scope: config from the working directory, paths relative to the one folder scanned. */
export function treeScope(target: TreeTarget): Scope {
  const paths = target.paths.length > 0 ? target.paths : ['.'];
  // A path that does not exist is a typo, not a clean scan (as ripgrep and `keylint git` say); a dangling link
  // exists as a path, and the walk notes it.
  const missing = paths.find(
    (p) => !fs.existsSync(fsPath(path.resolve(target.cwd, p))) && !isLink(path.resolve(target.cwd, p)),
  );
  if (missing !== undefined) throw new UsageError(`${missing}: no such file or directory`);
  const root = scanBase(paths, target.cwd);
  const { trustedBase } = target;
  return {
    configDir: target.cwd,
    root,
    complete: true,
    ...(trustedBase === undefined
      ? {}
      : {
          settings: async (options) =>
            (await import('./trusted-base.js')).settingsAgainstBase(target.cwd, trustedBase, options),
        }),
    async detect(ruleSet, allow, options) {
      // Imported here: the file walker is this target's alone.
      const { fileSource } = await import('../sources/files.js');
      const source = fileSource({
        paths: paths.map((p) => path.resolve(target.cwd, p)),
        base: root,
        useGitignore: target.useGitignore ?? true,
        exclude: allow.globs.length === 0 ? undefined : { globs: allow.globs, base: allow.base },
      });
      return scanSource(source, ruleSet, { workers: defaultWorkerCount(), ...options });
    },
    enrich: (report) => addOriginalPositions(report.findings, root, report.notes),
    textOf: async (finding) => (isArchivePath(finding.file) ? undefined : readText(path.resolve(root, finding.file))),
  };
}

/** Paths in findings are relative to the one directory scanned, else to the working directory. */
export function scanBase(paths: string[], cwd: string): string {
  if (paths.length === 1) {
    const only = path.resolve(cwd, paths[0]!);
    try {
      if (fs.statSync(only).isDirectory()) return only;
    } catch {
      // A missing path is reported by the walk itself.
    }
  }
  return cwd;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function isLink(absolute: string): boolean {
  try {
    return fs.lstatSync(fsPath(absolute)).isSymbolicLink();
  } catch {
    return false;
  }
}
