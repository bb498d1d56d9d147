// A bundler inlines into client code every environment variable whose name starts with one of its public prefixes.
// Vite's default is `VITE_`, but a project may declare its own (`envPrefix: 'APP_'` in vite.config, SvelteKit's
// `kit.env.publicPrefix`): then `APP_MAXAI_API_KEY` in the project's `.env` is downloaded by every visitor too.
import path from 'node:path';
import { configText, ProjectDeclarations } from './project-declarations.js';

/** The configs that declare public prefixes: Vite's (also inside Astro, Nuxt and electron-vite) and SvelteKit's. */
const CONFIG_NAME = /^(?:vite|astro|nuxt|svelte|electron\.vite)\.config\.[cm]?[jt]s$/;
/** `envPrefix: 'APP_'`, `envPrefix: ['VITE_', 'APP_']`, `publicPrefix: 'PUBLIC_'`. */
const DECLARATION = /\b(?:envPrefix|publicPrefix)\s*:\s*(\[[^\]]{0,300}\]|["'`][\w$]{1,60}["'`])/g;
const QUOTED = /["'`]([\w$]{1,60})["'`]/g;

/** The public prefixes that projects' bundler configs declare, by the file they hold. */
export function publicEnvPrefixes(): ProjectDeclarations {
  return new ProjectDeclarations((dir, names) => {
    const configs = names.filter((name) => CONFIG_NAME.test(name));
    return configs.length > 0 ? configs.flatMap((name) => prefixesIn(path.join(dir, name))) : undefined;
  });
}

function prefixesIn(file: string): string[] {
  const text = configText(file) ?? '';
  return [...text.matchAll(DECLARATION)].flatMap((m) => [...m[1]!.matchAll(QUOTED)].map((q) => q[1]!));
}
