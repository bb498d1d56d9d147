// Public variable prefixes a project's bundler config declares (Vite's envPrefix, SvelteKit's publicPrefix).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PublicEnvPrefixes } from '../../src/sources/public-env-prefixes.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-prefixes-'));
const write = (file: string, text: string): string => {
  const at = path.join(root, file);
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.writeFileSync(at, text);
  return at;
};

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('public env prefixes', () => {
  write('one/vite.config.ts', "export default defineConfig({\n  envPrefix: 'APP_',\n});\n");
  write('many/vite.config.mjs', 'export default { envPrefix: ["VITE_", "CLIENT_"], root: "src" };\n');
  write('kit/svelte.config.js', "export default { kit: { env: { publicPrefix: 'OPEN_' } } };\n");
  write('plain/vite.config.js', 'export default { server: { port: 3000 } };\n');
  write('outer/vite.config.ts', "export default { envPrefix: 'OUTER_' };\n");
  write('outer/repo/.git/HEAD', 'ref: refs/heads/main\n');

  it('reads the prefixes of the nearest bundler config above a file, however it lists them', () => {
    const prefixes = new PublicEnvPrefixes();
    expect(prefixes.of(write('one/.env', ''))).toEqual(['APP_']);
    expect(prefixes.of(write('many/env/.env.production', ''))).toEqual(['VITE_', 'CLIENT_']);
    expect(prefixes.of(write('kit/.env', ''))).toEqual(['OPEN_']);
  });

  it('declares none for a config without them, and stops at a repository root', () => {
    const prefixes = new PublicEnvPrefixes();
    expect(prefixes.of(write('plain/.env', ''))).toEqual([]);
    expect(prefixes.of(write('outer/repo/.env', ''))).toEqual([]);
  });
});
