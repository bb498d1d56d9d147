// Browser extension packages: the folder of a manifest.json that declares manifest_version, and what is below it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtensionPackages } from '../../src/sources/extension-package.js';
import { useTempTree } from '../helpers/cli.js';

const { root, write } = useTempTree('keylint-extension-');

describe('extension packages', () => {
  write('helper/manifest.json', '{ "manifest_version": 3, "name": "Rx helper" }');
  write('pwa/public/manifest.json', '{ "name": "Clinic", "start_url": "/" }');
  write('outer/manifest.json', '{ "manifest_version": 2 }');
  write('outer/repo/.git/HEAD', 'ref: refs/heads/main\n');
  write('outer/repo/src/app.js', '');

  it('holds scripts beside and below an extension manifest', () => {
    const packages = new ExtensionPackages();
    expect(packages.holds(write('helper/background.js', ''))).toBe(true);
    expect(packages.holds(write('helper/popup/pages/popup.js', ''))).toBe(true);
  });

  it('leaves a web app manifest and a repository below an outer manifest alone', () => {
    const packages = new ExtensionPackages();
    expect(packages.holds(write('pwa/public/sw.js', ''))).toBe(false);
    expect(packages.holds(path.join(root, 'outer/repo/src/app.js'))).toBe(false);
  });
});
