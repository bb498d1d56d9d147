// Public variable prefixes a project's bundler config declares (Vite's envPrefix, SvelteKit's publicPrefix).
import { describe, expect, it } from 'vitest';
import { publicEnvPrefixes } from '../../src/sources/public-env-prefixes.js';
import { useTempTree } from '../helpers/cli.js';

const { write } = useTempTree('keylint-prefixes-');

describe('public env prefixes', () => {
  write('one/vite.config.ts', "export default defineConfig({\n  envPrefix: 'APP_',\n});\n");
  write('many/vite.config.mjs', 'export default { envPrefix: ["VITE_", "CLIENT_"], root: "src" };\n');
  write('kit/svelte.config.js', "export default { kit: { env: { publicPrefix: 'OPEN_' } } };\n");
  write('plain/vite.config.js', 'export default { server: { port: 3000 } };\n');
  write('outer/vite.config.ts', "export default { envPrefix: 'OUTER_' };\n");
  write('outer/repo/.git/HEAD', 'ref: refs/heads/main\n');

  it('reads the prefixes of the nearest bundler config above a file, however it lists them', () => {
    const prefixes = publicEnvPrefixes();
    expect(prefixes.of(write('one/.env', ''))).toEqual(['APP_']);
    expect(prefixes.of(write('many/env/.env.production', ''))).toEqual(['VITE_', 'CLIENT_']);
    expect(prefixes.of(write('kit/.env', ''))).toEqual(['OPEN_']);
  });

  it('declares none for a config without them, and stops at a repository root', () => {
    const prefixes = publicEnvPrefixes();
    expect(prefixes.of(write('plain/.env', ''))).toEqual([]);
    expect(prefixes.of(write('outer/repo/.env', ''))).toEqual([]);
  });
});
