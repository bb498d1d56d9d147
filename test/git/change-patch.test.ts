// The pre-commit path rebuilds each changed file's new side from one full-context patch instead of reading
// blobs: it must equal the blob byte for byte, and agree with the no-context reading it falls back to.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readDiff } from '../../src/git/changes.js';
import { seeded } from '../helpers/fake.js';
import { gitEnv, useRepos } from '../helpers/git.js';

const repo = useRepos({ initial: true });

/** Lines that a patch parser could take for its own syntax, plus bytes that are not UTF-8. */
const TRICKY = [
  '',
  ' ',
  '+++ b/x',
  '--- a/x',
  '-',
  '+',
  '\\ No newline at end of file',
  '@@ -1 +1 @@',
  'diff --git a b',
  'Binary files a and b differ',
  'rename to y',
  'plain text',
  'tab\there',
  'crlf\r',
  '\u00e9t\u00e9 \u2603',
];
const LATIN1 = Buffer.from([0xe9, 0xff, 0x80, 0x20, 0x41]);

function randomFile(rnd: () => number, lines: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < lines; i++) {
    const r = rnd();
    parts.push(
      r < 0.05
        ? LATIN1
        : Buffer.from(
            r < 0.6 ? TRICKY[Math.floor(rnd() * TRICKY.length)]! : `line ${Math.floor(rnd() * 1000)}`,
            'utf8',
          ),
    );
    if (i < lines - 1 || rnd() < 0.5) parts.push(Buffer.from('\n'));
  }
  return Buffer.concat(parts);
}

/** Changes some lines of `old`, keeping most, so that hunks mix context, removals and additions. */
function edit(rnd: () => number, old: Buffer): Buffer {
  const lines = old.toString('latin1').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const r = rnd();
    if (r < 0.15) continue;
    if (r < 0.3) out.push(randomFile(rnd, 1).toString('latin1'));
    out.push(line);
  }
  return Buffer.from(out.join('\n'), 'latin1');
}

describe('a change read from one full-context patch', () => {
  it('rebuilds every changed text file exactly as its blob, with the same added lines as a no-context read', async () => {
    const r = repo();
    const rnd = seeded(77);
    const before: Record<string, Buffer> = {};
    for (let f = 0; f < 12; f++) before[`dir ${f}/file-${f}.txt`] = randomFile(rnd, 1 + Math.floor(rnd() * 40));
    r.commit(before);
    for (const [file, content] of Object.entries(before)) r.write(file, edit(rnd, content));
    for (let f = 0; f < 4; f++) r.write(`new/added-${f}.txt`, randomFile(rnd, 1 + Math.floor(rnd() * 30)));
    r.write('emptied.txt', '');
    r.git('add', '-A');
    // A user setting that would drop the space of empty context lines.
    r.git('config', 'diff.suppressBlankEmpty', 'true');

    const whole = readDiff(r.dir, ['--cached']);
    const bare = readDiff(r.dir, ['--cached'], 0);
    expect(whole.entries).toEqual(bare.entries);
    expect(whole.entries.length).toBeGreaterThan(14);
    for (const entry of whole.entries) {
      const blob = execFileSync('git', ['cat-file', 'blob', entry.sha], { cwd: r.dir, env: gitEnv() });
      const file = whole.files.get(entry.path);
      expect(file?.content, entry.path).toEqual(blob.length === 0 ? undefined : blob);
      expect(file?.binary, entry.path).toBe(false);
      expect(
        [...file!.added].sort((a, b) => a - b),
        entry.path,
      ).toEqual([...bare.files.get(entry.path)!.added].sort((a, b) => a - b));
      expect(bare.files.get(entry.path)?.content, entry.path).toBeUndefined();
    }
  });

  it('marks binary files, names renamed and quoted paths by their new name, and leaves pure renames empty', async () => {
    const r = repo();
    r.commit({ 'moved.txt': 'same text\n'.repeat(20), 'tab\tname.txt': 'a\n' });
    r.git('mv', 'moved.txt', 'renamed.txt');
    r.write('tab\tname.txt', 'a\nb\n');
    r.write('image.bin', Buffer.from([0, 1, 2, 0, 3]));
    r.git('add', '-A');
    const { files } = readDiff(r.dir, ['--cached']);
    expect(files.get('image.bin')).toMatchObject({ binary: true });
    expect(files.get('image.bin')!.added.size).toBe(0);
    expect(files.get('image.bin')!.content).toBeUndefined();
    expect(files.get('renamed.txt')!.content).toBeUndefined();
    expect(files.get('renamed.txt')).toMatchObject({ binary: false });
    expect(files.get('renamed.txt')!.added.size).toBe(0);
    expect(files.get('tab\tname.txt')?.content?.toString()).toBe('a\nb\n');
    expect([...files.get('tab\tname.txt')!.added]).toEqual([2]);
  });
});
