// Browser extensions ship their folder as it is: every script beside (or below) a manifest.json that declares a
// `manifest_version` is downloaded by every user who installs the extension, whether or not a bundler ran.
import fs from 'node:fs';
import path from 'node:path';
import { fsPath } from '../name-bytes.js';

// An extension's manifest sits a few folders above its deepest script (src/pages/popup/index.ts); a project
// root above that is not an extension of its own.
const MAX_LEVELS = 6;
// A manifest is a small JSON file; anything larger is not an extension manifest worth reading.
const MAX_MANIFEST_BYTES = 256 * 1024;
const MANIFEST_VERSION = /"manifest_version"\s*:\s*[23]\b/;

/** Whether folders hold an extension manifest: the answer per folder, read once per scan. */
export class ExtensionPackages {
  private readonly manifests = new Map<string, boolean>();

  /** True when the file on disk sits in a browser extension's package (a folder above it has its manifest). */
  holds(file: string): boolean {
    let dir = path.dirname(file);
    for (let level = 0; level < MAX_LEVELS; level++) {
      if (this.hasManifest(dir)) return true;
      // A repository root closes the search: an enclosing folder belongs to another project.
      if (fs.existsSync(fsPath(path.join(dir, '.git')))) return false;
      const parent = path.dirname(dir);
      if (parent === dir) return false;
      dir = parent;
    }
    return false;
  }

  private hasManifest(dir: string): boolean {
    let known = this.manifests.get(dir);
    if (known === undefined) {
      known = readManifest(path.join(dir, 'manifest.json'));
      this.manifests.set(dir, known);
    }
    return known;
  }
}

function readManifest(file: string): boolean {
  try {
    const at = fsPath(file);
    const stat = fs.statSync(at);
    if (!stat.isFile() || stat.size > MAX_MANIFEST_BYTES) return false;
    return MANIFEST_VERSION.test(fs.readFileSync(at, 'utf8'));
  } catch {
    // No manifest here (or none readable): this folder is not an extension's.
    return false;
  }
}
