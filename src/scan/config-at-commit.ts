// The config a commit holds, read from git rather than the working tree: `diff` trusts the base commit's
// config, rule files and baseline, since the head (a pull request) is what is being checked.
import path from 'node:path';
import { DEFAULT_CONFIG_NAMES, emptyConfig, parseConfig, ruleFileList, type Config } from '../config.js';
import { ConfigError } from '../errors.js';
import { CONFIG_MAX_BYTES, parseJson } from '../json-file.js';
import { readAtCommit } from '../git/read-at-commit.js';

/** A config as a commit has it, with the text of its file (to point at an entry's line). */
export interface CommitConfig {
  config: Config;
  /** The config's path in the repository, when the commit has one. */
  path?: string;
  text?: string;
}

/** How a file at a commit is named in messages: `path@<12 hex>`. */
export function atCommit(file: string, commit: string): string {
  return `${file}@${commit.slice(0, 12)}`;
}

/**
 * The first default config (`.keylint.json`, `keylint.config.json`) at the top of `commit`, and the rule
 * files it lists, read from the same commit. Those must lie inside the repository: a commit's config names
 * no file of the machine it is checked on.
 */
export async function loadConfigAt(root: string, commit: string): Promise<CommitConfig> {
  for (const name of DEFAULT_CONFIG_NAMES) {
    const blob = await readAtCommit(root, commit, name, CONFIG_MAX_BYTES);
    if (blob === undefined) continue;
    const found = atCommit(name, commit);
    const text = blob.toString('utf8');
    const data = parseJson(found, text);
    const ruleFiles = new Map<string, { file: string; data: unknown }>();
    for (const entry of ruleFileList(found, data)) {
      const inRepo = path.posix.normalize(path.posix.join(path.posix.dirname(name), entry));
      if (path.posix.isAbsolute(entry) || inRepo.startsWith('../')) {
        throw new ConfigError(found, `"ruleFiles": "${entry}" is outside the repository`);
      }
      const file = atCommit(inRepo, commit);
      const rules = await readAtCommit(root, commit, inRepo, CONFIG_MAX_BYTES);
      if (rules === undefined) throw new ConfigError(file, 'cannot read: no such file in that commit');
      ruleFiles.set(entry, { file, data: parseJson(file, rules.toString('utf8')) });
    }
    return { config: parseConfig(found, data, (entry) => ruleFiles.get(entry)!), path: name, text };
  }
  return { config: emptyConfig() };
}
