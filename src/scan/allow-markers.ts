// Where a change adds an inline allow marker (`keylint:allow`, `gitleaks:allow`), as the engine would honour it:
// in any case, in text git shows as binary (a `-diff` attribute, UTF-16), inside archive entries, and in files
// whose patch was too large to hold. Each such marker can silence a key the change adds beside it.
import { INLINE_ALLOW } from '../detect/engine.js';
import { type WideDecoder, wideTextDecoder } from '../detect/text-encoding.js';
import type { ChangeDiff, FileChange } from '../git/changes.js';
import { isArchive } from '../sources/archive-kind.js';
import { blobSource } from '../sources/git.js';
import type { Item, ScanNote } from '../types.js';

/** One marker on a line the change adds: file (`outer.zip!entry` inside archives), line and 1-based column. */
export interface AddedMarker {
  file: string;
  line: number;
  column: number;
  marker: string;
  /** The commit that adds it, when a history is looked at commit by commit. */
  commit?: string;
}

const LONGEST = Math.max(...INLINE_ALLOW.map((m) => m.length));

/**
 * The markers on lines `diff` adds. Files whose new side the patch holds are read from it; the others (binary to
 * git, or left out of a patch over its size limit) are read from their blobs, where every line of a binary file
 * counts as added, as it does for the findings.
 */
export async function addedAllowMarkers(root: string, diff: ChangeDiff): Promise<AddedMarker[]> {
  const found: AddedMarker[] = [];
  const unread: ChangeDiff['entries'] = [];
  for (const entry of diff.entries) {
    const change = diff.files.get(entry.path);
    if (!change || (!change.binary && change.added.size === 0)) continue;
    if (change.content && !change.binary) markersInText(entry.path, change.content, change, found);
    else unread.push(entry);
  }
  if (unread.length === 0) return found;
  const notes: ScanNote[] = [];
  for await (const item of blobSource(root, () => unread).items(notes)) {
    const change = diff.files.get(item.path)!;
    if (!isArchive(item.path)) {
      await markersInItem(item, change, found);
      continue;
    }
    const { archiveEntries } = await import('../sources/archive.js');
    for await (const entry of archiveEntries(item, notes)) await markersInItem(entry, { binary: true }, found);
  }
  return found;
}

function markersInText(file: string, content: Buffer, change: FileChange, found: AddedMarker[]): void {
  const lines = content.toString('utf8').split('\n');
  for (const line of [...change.added].sort((a, b) => a - b)) markerOn(file, line, lines[line - 1] ?? '', found);
}

/** Reads an item as the engine does (UTF-16 decoded, else byte by byte) line by line. */
async function markersInItem(
  item: Item,
  change: Pick<FileChange, 'binary'> & { added?: Set<number> },
  found: AddedMarker[],
): Promise<void> {
  const counts = (line: number) => change.binary || change.added?.has(line) === true;
  let decoder: WideDecoder | undefined;
  let first = true;
  let line = 1;
  let rest = '';
  const feed = (text: string, last: boolean) => {
    const lines = (rest + text).split('\n');
    rest = last ? '' : lines.pop()!;
    for (const content of lines) {
      if (counts(line)) markerOn(item.path, line, content, found);
      line++;
    }
    // A line longer than a chunk is looked at in pieces; a marker across two pieces is still whole in one.
    if (rest.length > 1024 * 1024) {
      if (counts(line)) markerOn(item.path, line, rest, found);
      rest = rest.slice(-(LONGEST - 1));
    }
  };
  const chunks = item.stream ? item.stream() : [await item.read()];
  for await (const chunk of chunks) {
    if (first) {
      first = false;
      // The engine's own test: UTF-32, and UTF-16 without a byte-order mark (some Windows tools write none), count too.
      decoder = wideTextDecoder(chunk);
    }
    feed(decoder ? decoder.decode(chunk, { stream: true }) : chunk.toString('latin1'), false);
  }
  feed(decoder ? decoder.decode() : '', true);
}

/** The first marker on a line, once per line (a long line is looked at in pieces). */
function markerOn(file: string, line: number, text: string, found: AddedMarker[]): void {
  const lower = text.toLowerCase();
  for (const marker of INLINE_ALLOW) {
    const at = lower.indexOf(marker);
    const last = found.at(-1);
    if (at === -1 || (last?.file === file && last.line === line)) continue;
    found.push({ file, line, column: at + 1, marker });
    return;
  }
}
