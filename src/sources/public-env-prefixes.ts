// A bundler inlines into client code every environment variable whose name starts with one of its public prefixes.
// Vite's default is `VITE_`, but a project may declare its own (`envPrefix: 'APP_'` in vite.config, SvelteKit's
// `kit.env.publicPrefix`): then `APP_MAXAI_API_KEY` in the project's `.env` is downloaded by every visitor too.
import fs from 'node:fs';
import path from 'node:path';
import { fsPath } from '../name-bytes.js';

// A project's env files sit at its root or a few folders below it (envDir); a folder above that is not its own.
const MAX_LEVELS = 6;
// A bundler config is a small script; anything larger is not one worth reading.
const MAX_CONFIG_BYTES = 256 * 1024;
/** The configs that declare public prefixes: Vite's (also inside Astro, Nuxt and electron-vite) and SvelteKit's. */
const CONFIG_NAME = /^(?:vite|astro|nuxt|svelte|electron\.vite)\.config\.[cm]?[jt]s$/;
/** `envPrefix: 'APP_'`, `envPrefix: ['VITE_', 'APP_']`, `publicPrefix: 'PUBLIC_'`. */
const DECLARATION = /\b(?:envPrefix|publicPrefix)\s*:\s*(\[[^\]]{0,300}\]|["'`][\w$]{1,60}["'`])/g;
const QUOTED = /["'`]([\w$]{1,60})["'`]/g;

/** The public prefixes that projects' bundler configs declare: the answer per folder, read once per scan. */
export class PublicEnvPrefixes {
  private readonly folders = new Map<string, string[] | undefined>();

  /** The prefixes declared by the bundler config of the project that holds the file on disk (none: []). */
  of(file: string): string[] {
    let dir = path.dirname(file);
    for (let level = 0; level < MAX_LEVELS; level++) {
      const declared = this.declaredIn(dir);
      // The nearest bundler config decides, and a repository root closes the search.
      if (declared !== undefined) return declared;
      const parent = path.dirname(dir);
      if (parent === dir) return [];
      dir = parent;
    }
    return [];
  }

  /** The prefixes a bundler config in `dir` declares; [] at a repository root; undefined when `dir` has neither. */
  private declaredIn(dir: string): string[] | undefined {
    if (this.folders.has(dir)) return this.folders.get(dir);
    let names: string[] = [];
    try {
      names = fs.readdirSync(fsPath(dir));
    } catch {
      // An unreadable folder declares nothing; the search goes on above it.
    }
    const configs = names.filter((name) => CONFIG_NAME.test(name));
    const declared =
      configs.length > 0
        ? configs.flatMap((name) => prefixesIn(path.join(dir, name)))
        : names.includes('.git')
          ? []
          : undefined;
    this.folders.set(dir, declared);
    return declared;
  }
}

function prefixesIn(file: string): string[] {
  let text: string;
  try {
    const at = fsPath(file);
    if (fs.statSync(at).size > MAX_CONFIG_BYTES) return [];
    text = fs.readFileSync(at, 'utf8');
  } catch {
    // A config that cannot be read declares nothing.
    return [];
  }
  return [...text.matchAll(DECLARATION)].flatMap((m) => [...m[1]!.matchAll(QUOTED)].map((q) => q[1]!));
}
