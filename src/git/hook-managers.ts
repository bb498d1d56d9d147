// Hook managers that own a repository's pre-commit hook (husky, lefthook): keylint adds itself to their
// configuration instead of replacing the dispatcher they install, which they would rewrite anyway.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';

/** What a committed hook configuration runs: the project's own keylint, as its teammates install it. */
export const MANAGED_COMMAND = 'npx --no-install keylint staged';

/** The hook manager a repository uses, and the file keylint is added to. */
export interface HookManager {
  name: 'husky' | 'lefthook';
  file: string;
}

/**
 * lefthook's main config, by the names it looks for (lefthook.dev/configuration): YAML, which keylint edits, and
 * TOML and JSON, which it leaves to the user, so that no hook file is written under lefthook's dispatcher.
 */
const LEFTHOOK_FILES = ['yml', 'yaml', 'toml', 'json', 'jsonc'].flatMap((ext) => [
  `lefthook.${ext}`,
  `.lefthook.${ext}`,
  `.config/lefthook.${ext}`,
]);

/**
 * husky when core.hooksPath points into `.husky` (v4-v8 set `.husky`, v9 `.husky/_`) or a `.husky` folder
 * exists; lefthook when its config file is there; otherwise none.
 */
export function detectHookManager(root: string, hooksPath: string | undefined): HookManager | undefined {
  const husky = path.join(root, '.husky');
  const intoHusky = hooksPath !== undefined && (hooksPath === husky || hooksPath.startsWith(`${husky}${path.sep}`));
  if (intoHusky || fs.existsSync(husky)) return { name: 'husky', file: path.join(husky, 'pre-commit') };
  const lefthook = LEFTHOOK_FILES.map((name) => path.join(root, name)).find((file) => fs.existsSync(file));
  if (lefthook) return { name: 'lefthook', file: lefthook };
  return undefined;
}

/**
 * Adds keylint to the manager's pre-commit configuration in the repository at `root`; false when it was already
 * there. The configuration is a file the repository holds, so its author can make it, or `.husky`, a symbolic link
 * (`.husky/pre-commit -> ~/.profile`): such a file is refused, never read or written through.
 */
export function addToManager(manager: HookManager, root: string): boolean {
  refuseLinks(manager.file, root);
  const text = fs.existsSync(manager.file) ? fs.readFileSync(manager.file, 'utf8') : undefined;
  if (text?.includes('keylint staged')) return false;
  if (manager.name === 'lefthook' && !/\.ya?ml$/.test(manager.file)) throw manualEdit(manager.file);
  const updated = manager.name === 'husky' ? addToHusky(text) : addToLefthook(text ?? '', manager.file);
  fs.mkdirSync(path.dirname(manager.file), { recursive: true });
  const { O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW } = fs.constants;
  // O_NOFOLLOW: a link put there since the check is not written through either.
  const mode = manager.name === 'husky' ? 0o755 : 0o644;
  const fd = fs.openSync(manager.file, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, mode);
  try {
    if (!fs.fstatSync(fd).isFile()) throw manualEdit(manager.file);
    fs.writeFileSync(fd, updated);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** Refuses `file` when it, or a folder between `root` and it, is a symbolic link or something else than a file. */
function refuseLinks(file: string, root: string): void {
  const parts = path.relative(root, file).split(path.sep);
  let at = root;
  for (const [index, part] of parts.entries()) {
    at = path.join(at, part);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(at);
    } catch {
      return; // Nothing there yet: it is created as a plain folder or file.
    }
    const last = index === parts.length - 1;
    if (stat.isSymbolicLink() || (last ? !stat.isFile() : !stat.isDirectory()))
      throw new UsageError(
        `${at} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; keylint does not edit a hook configuration through it: add "${MANAGED_COMMAND}" by hand`,
      );
  }
}

/** `.husky/pre-commit` is a shell script (husky 9 needs no shebang); keylint runs after what is there. */
function addToHusky(text: string | undefined): string {
  if (text === undefined || text.trim() === '') return `${MANAGED_COMMAND}\n`;
  return `${text.endsWith('\n') ? text : `${text}\n`}${MANAGED_COMMAND}\n`;
}

/**
 * Adds keylint to lefthook's `pre-commit` block, keeping the file's indentation: a first item of its `jobs:` list
 * (the form lefthook's own docs use since 1.10), else a `keylint` entry of its `commands:`. The file is edited as
 * text so that its comments and order survive. A block that is not the plain nested form is left to the user.
 */
function addToLefthook(text: string, file: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^pre-commit:\s*(#.*)?$/.test(line));
  const entry = (indent: string, depth: number) => [
    `${indent.repeat(depth)}keylint:`,
    `${indent.repeat(depth + 1)}run: ${MANAGED_COMMAND}`,
  ];
  if (start === -1) {
    if (/^pre-commit:/m.test(text)) throw manualEdit(file);
    const body = ['pre-commit:', '  commands:', ...entry('  ', 2)];
    return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${body.join('\n')}\n`;
  }
  let end = start + 1;
  while (end < lines.length && (lines[end]!.trim() === '' || /^\s/.test(lines[end]!))) end++;
  const block = lines.slice(start + 1, end);
  const indent = /^(\s+)\S/.exec(
    block.find((line) => line.trim() !== '' && !line.trim().startsWith('#')) ?? '  x',
  )![1]!;
  const jobs = block.findIndex((line) => line.startsWith(`${indent}jobs:`));
  if (jobs !== -1) {
    lines.splice(start + 2 + jobs, 0, ...jobEntry(block, jobs, indent, file));
    return lines.join('\n');
  }
  const commands = block.findIndex((line) => new RegExp(`^${indent}commands:\\s*(#.*)?$`).test(line));
  if (commands === -1) {
    if (block.some((line) => line.startsWith(`${indent}commands:`))) throw manualEdit(file);
    lines.splice(start + 1, 0, `${indent}commands:`, ...entry(indent, 2));
  } else {
    lines.splice(start + 2 + commands, 0, ...entry(indent, 2));
  }
  return lines.join('\n');
}

/** The lines of a `jobs:` item naming keylint, indented as the list's first item is; only a block list is edited. */
function jobEntry(block: string[], jobs: number, indent: string, file: string): string[] {
  if (!new RegExp(`^${indent}jobs:\\s*(#.*)?$`).test(block[jobs]!)) throw manualEdit(file);
  const first = block.slice(jobs + 1).find((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  const item = first === undefined ? undefined : /^(\s*)- /.exec(first);
  // YAML lets a list sit at its key's own indentation (`jobs:` then `- run: …`); anything else is not a list here.
  if (!item || item[1]!.length < indent.length) throw manualEdit(file);
  return [`${item[1]}- name: keylint`, `${item[1]}  run: ${MANAGED_COMMAND}`];
}

function manualEdit(file: string): UsageError {
  return new UsageError(`${file}: add keylint to its pre-commit hook by hand: a command running "${MANAGED_COMMAND}"`);
}
