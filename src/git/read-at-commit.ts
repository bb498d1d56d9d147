// A file as a commit has it: how `diff` reads the config, rule files and baseline of the base it trusts,
// and the head's versions it compares them with.
import { GitError, OutputLimitError, runGit } from './exec.js';

/**
 * The blob at `file` in `commit` (an id, never a name), at most `maxBytes`; undefined when the commit has no
 * such file. Read with `cat-file`, which runs no textconv filter.
 */
export async function readAtCommit(
  root: string,
  commit: string,
  file: string,
  maxBytes: number,
): Promise<Buffer | undefined> {
  try {
    return await runGit(root, ['cat-file', 'blob', `${commit}:${file}`], undefined, maxBytes);
  } catch (error) {
    if (error instanceof OutputLimitError)
      throw new GitError(`${commit.slice(0, 12)}:${file}: larger than ${maxBytes} bytes`);
    // The commit was resolved before: what is missing is the file (or it is a folder or a submodule).
    return undefined;
  }
}
