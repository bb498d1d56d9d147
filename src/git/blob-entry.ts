// The unit git sources read: a blob named by object id, with where it sits and where it came from.

/** One blob to scan: its object id, path and file mode, and the commit it came from when known. */
export interface BlobEntry {
  sha: string;
  path: string;
  mode: string;
  commit?: string;
}

/** Where commit and tag objects are reported (`.git/COMMIT_EDITMSG`, `.git/refs/tags/v1`): no tree can hold the path. */
const OBJECT_PATHS = '.git/';

/** The path a commit or tag object is reported at. */
export function objectPath(name: string): string {
  return OBJECT_PATHS + name;
}

/** Whether a finding's file is a commit or tag object. */
export function isObjectPath(file: string): boolean {
  return file.startsWith(OBJECT_PATHS);
}
