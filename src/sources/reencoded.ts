// Files git re-encodes on checkout. A `working-tree-encoding` attribute (`*.env working-tree-encoding=UTF-32`, or
// IBM037, UTF-7) makes git store a file as UTF-8 and write it to every work tree in that encoding: the blob every
// clone, `git log -p` and GitHub show holds the key as it is, and the checkout keylint scanned held it in bytes no rule
// reads, with no note. Such a file is read as git stores it, from the index, unless the work tree changed it since.
import { runGitSync } from '../git/exec.js';
import { decodeName, fsPath } from '../name-bytes.js';
import { readRegularFile } from '../regular-file.js';
import fs from 'node:fs';
import path from 'node:path';

/** A .gitattributes larger than this is not looked into (git itself reads at most 100 MB of one). */
const ATTRIBUTES_MAX_BYTES = 1024 * 1024;
const ATTRIBUTE = 'working-tree-encoding';

/**
 * The blob id of each of `tracked` (paths relative to `dir`, a work tree) that git re-encodes on checkout and that the
 * work tree has not changed. Most repositories name no such attribute: their `.gitattributes` are read, nothing run.
 */
export function reencodedBlobs(dir: string, tracked: string[]): Map<string, string> {
  const found = new Map<string, string>();
  const listed = tracked.filter((file) => path.posix.basename(file) === '.gitattributes').map((f) => path.join(dir, f));
  if (![...listed, ...aboveInRepository(dir)].some(namesAttribute)) return found;
  const attributes = runGitSync(dir, ['check-attr', '-z', '--stdin', ATTRIBUTE], Buffer.from(tracked.join('\0')));
  const fields = attributes ? decodeName(attributes).split('\0') : [];
  const encoded = new Set<string>();
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (!['unspecified', 'unset', 'set'].includes(fields[i + 2]!)) encoded.add(fields[i]!);
  }
  if (encoded.size === 0) return found;
  const changed = runGitSync(dir, ['diff-files', '-z', '--name-only', '--relative']);
  for (const file of changed ? decodeName(changed).split('\0') : []) encoded.delete(file);
  const staged = runGitSync(dir, ['ls-files', '-z', '-s']);
  for (const entry of staged ? decodeName(staged).split('\0') : []) {
    const tab = entry.indexOf('\t');
    const file = entry.slice(tab + 1);
    if (tab !== -1 && encoded.has(file)) found.set(file, entry.split(' ')[1]!);
  }
  return found;
}

/** The .gitattributes of the folders above `dir` up to its repository's top level (the folder holding `.git`). */
function aboveInRepository(dir: string): string[] {
  const files: string[] = [];
  for (let at = dir; !fs.existsSync(fsPath(path.join(at, '.git'))); ) {
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
    files.push(path.join(at, '.gitattributes'));
  }
  return files;
}

function namesAttribute(file: string): boolean {
  try {
    return readRegularFile(file, ATTRIBUTES_MAX_BYTES).includes(ATTRIBUTE);
  } catch {
    return false;
  }
}
