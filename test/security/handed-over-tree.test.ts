// Boundary: a work tree handed over with its .git (a tarball) brings its own index and config. A symbolic link where
// git's index has a folder, or a core.worktree naming another folder, must neither make keylint read files outside
// the folder scanned nor hide the folder's own files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { runJson, useRepos } from '../helpers/git.js';

const newRepo = useRepos({ initial: true });
const keys = fakeKeys(4711);

describe('a link where the index has a folder', () => {
  it("files git lists beneath it are not read from the link's target, and the link is a note", () => {
    const repo = newRepo();
    const inside = keys.maxProd();
    repo.commit({
      'config/app.env': 'PORT=80\n',
      'config/db.env': 'HOST=db\n',
      'src/app.env': `MAXAI_API_KEY=${inside}\n`,
    });
    // The user's own folder, outside the tree: the index's names, with a key the scan must not see.
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'app.env'), `MAXAI_API_KEY=${keys.maxProd()}\n`);
      fs.writeFileSync(path.join(outside, 'db.env'), `NOVAMED_API_KEY=${keys.maxProd()}\n`);
      fs.rmSync(path.join(repo.dir, 'config'), { recursive: true });
      fs.symlinkSync(outside, path.join(repo.dir, 'config'));
      const { code, report } = runJson(repo.dir, ['scan', '.']);
      // Before: config/app.env and config/db.env were read through the link and reported as the repository's.
      expect(report.findings.map((f) => f.file)).toEqual(['src/app.env']);
      expect(code).toBe(1);
      expect(report.notes).toContainEqual({
        file: 'config',
        reason:
          "symbolic link where git's index has a folder: the files listed beneath it are outside the tree; not read",
      });
      expect(report.notes.filter((n) => n.file === 'config')).toHaveLength(1);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('core.worktree naming another folder', () => {
  it("the folder's own untracked files are still scanned", () => {
    const repo = newRepo();
    repo.write('notes/hidden.env', `MAXAI_API_KEY=${keys.maxProd()}\n`);
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-elsewhere-'));
    try {
      repo.git('config', 'core.worktree', elsewhere);
      const { code, report } = runJson(repo.dir, ['scan', '.']);
      // Before: git listed the other folder's untracked files, none of this folder's: no findings, exit 0.
      expect(report.findings.map((f) => f.file)).toEqual(['notes/hidden.env']);
      expect(code).toBe(1);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
