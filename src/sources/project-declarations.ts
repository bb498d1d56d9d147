// What a project's own files declare about the files beside them, read from disk: the nearest folder above a file
// that holds the project's config decides (Vite's `envPrefix`, the define files a Flutter build is run with).
import fs from 'node:fs';
import path from 'node:path';
import { fsPath } from '../name-bytes.js';

// A project's files sit at its root or a few folders below it; a folder above that is not its own.
const MAX_LEVELS = 6;
// A config, script or workflow is small; anything larger is not one worth reading.
const MAX_CONFIG_BYTES = 256 * 1024;

/**
 * What a folder's files declare, given the folder and the names in it; undefined when it holds no config of the
 * kind asked about (the search goes on above it).
 */
export type Declarations = (dir: string, names: string[]) => string[] | undefined;

/** A kind of project declaration: the answer per folder, read once per scan. */
export class ProjectDeclarations {
  private readonly folders = new Map<string, string[] | undefined>();

  constructor(private readonly declared: Declarations) {}

  /** What the config of the project that holds the file on disk declares (none: []). */
  of(file: string): string[] {
    let dir = path.dirname(file);
    for (let level = 0; level < MAX_LEVELS; level++) {
      const declared = this.declaredIn(dir);
      // The nearest config decides, and a repository root closes the search.
      if (declared !== undefined) return declared;
      const parent = path.dirname(dir);
      if (parent === dir) return [];
      dir = parent;
    }
    return [];
  }

  /** What `dir` declares; [] at a repository root; undefined when `dir` has neither. */
  private declaredIn(dir: string): string[] | undefined {
    if (this.folders.has(dir)) return this.folders.get(dir);
    const names = namesIn(dir);
    const declared = this.declared(dir, names) ?? (names.includes('.git') ? [] : undefined);
    this.folders.set(dir, declared);
    return declared;
  }
}

/** The names in a folder; an unreadable folder holds none. */
export function namesIn(dir: string): string[] {
  try {
    return fs.readdirSync(fsPath(dir));
  } catch {
    return [];
  }
}

/** A small config's text; undefined when it is missing, unreadable or too large to be one. */
export function configText(file: string): string | undefined {
  try {
    const at = fsPath(file);
    if (fs.statSync(at).size > MAX_CONFIG_BYTES) return undefined;
    return fs.readFileSync(at, 'utf8');
  } catch {
    return undefined;
  }
}
