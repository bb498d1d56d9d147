// Display paths of archive entries: `outer.zip!inner/app.js`, nested as `a.zip!b.tar!c.js`. The one place
// that knows the separator.
import { GZ } from './sources/archive-kind.js';

const SEPARATOR = '!';

/** The display path of `entry` inside the archive shown as `archive`. */
export function entryPath(archive: string, entry: string): string {
  return `${archive}${SEPARATOR}${entry}`;
}

/** True when `file` names an entry inside an archive. */
export function isArchivePath(file: string): boolean {
  return file.includes(SEPARATOR);
}

/** The file on disk (or in git) that holds `file`: everything before the first separator. */
export function outerPath(file: string): string {
  const at = file.indexOf(SEPARATOR);
  return at === -1 ? file : file.slice(0, at);
}

/**
 * The entry's own path inside its innermost archive: everything after the last separator. A single gzipped file
 * (`dist/app.js.gz!app.js`) is the file itself, where it lies: `dist/app.js`.
 */
export function innerPath(file: string): string {
  const at = file.lastIndexOf(SEPARATOR);
  const archive = file.slice(0, at);
  if (at !== -1 && GZ.test(archive)) return innerPath(archive).slice(0, -'.gz'.length);
  return file.slice(at + 1);
}
