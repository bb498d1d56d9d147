// The unit git sources read: a blob named by object id, with where it sits and where it came from.

/** One blob to scan: its object id, path and file mode, and the commit it came from when known. */
export interface BlobEntry {
  sha: string;
  path: string;
  mode: string;
  commit?: string;
}
