#!/usr/bin/env node
// Builds the committed bundle in dist/: the CLI, the detection worker and the GitHub Action, with every runtime
// dependency inside, so that a git install (pre-commit, `npm i github:…`) and the Action run without a build
// step or node_modules. CI rebuilds it and fails when the result differs from what is committed.
//
//   node scripts/build.mjs [OUTDIR]      default dist/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));

// Only what this build writes may be there: a file left from an older build would be committed as if current.
fs.rmSync(outdir, { recursive: true, force: true });

// Sources load some heavy packages only when needed, synchronously: `createRequire(import.meta.url)('pkg')`.
// esbuild cannot bundle that call, so each such package becomes a CommonJS bundle of its own beside the chunks
// (dist/require-pkg.cjs, loaded at the same moment as before) and the call is pointed at it.
const LAZY_REQUIRE = /createRequire\(import\.meta\.url\)\('([^'.:][^':]*)'\)/g;
const lazyFile = (pkg) => `require-${pkg.replace(/[@/]/g, (c) => (c === '@' ? '' : '-'))}.cjs`;
const lazyPackages = new Set();
for (const file of fs.readdirSync(path.join(ROOT, 'src'), { recursive: true })) {
  if (!file.endsWith('.ts')) continue;
  for (const [, pkg] of fs.readFileSync(path.join(ROOT, 'src', file), 'utf8').matchAll(LAZY_REQUIRE)) lazyPackages.add(pkg);
}
// The inputs of every bundle, for dist/licenses.txt.
const bundled = new Set();
const collect = (result) => {
  for (const input of Object.keys(result.metafile.inputs)) bundled.add(input);
  return result;
};
for (const pkg of [...lazyPackages].sort()) {
  collect(await build({
    metafile: true,
    absWorkingDir: ROOT,
    stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: ROOT, loader: 'js' },
    outfile: path.join(outdir, lazyFile(pkg)),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.19',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'inline',
    logLevel: 'warning',
  }));
}
const pointLazyRequires = {
  name: 'lazy-requires',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8');
      return { contents: text.replace(LAZY_REQUIRE, (_, pkg) => `createRequire(import.meta.url)('./${lazyFile(pkg)}')`), loader: 'ts' };
    });
  },
};

// The rules in rules/ now, checked and expanded (rules.ts builtInRuleTable), each pattern with its prefilter's literal
// sets (engine.ts carryLiterals), put in place of src/built-in-rules.ts: a run builds its rule set from there instead
// of reading, checking and expanding the files, and takes each pattern's sets with it instead of analysing its
// regexes. Worked out by the sources themselves, bundled to a temporary module that reads rules/ as keylint does
// (its package root is this one).
async function builtInTable() {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-build-'));
  try {
    const file = path.join(temp, 'literals.mjs');
    await build({
      absWorkingDir: ROOT,
      stdin: {
        contents:
          "export { builtInRuleTable } from './src/rules.ts'; export { carryLiterals } from './src/detect/engine.ts';",
        resolveDir: ROOT,
        loader: 'ts',
      },
      outfile: file,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(ROOT, 'src', 'rules.ts')).href) },
      banner: { js: "import { createRequire as keylintCreateRequire } from 'node:module';\nconst require = keylintCreateRequire(import.meta.url);" },
      logLevel: 'warning',
    });
    const { builtInRuleTable, carryLiterals } = await import(pathToFileURL(file).href);
    return carryLiterals(builtInRuleTable());
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}
const table = await builtInTable();
// The rule table as a JSON string that the bundle parses (V8 reads JSON faster than the same object literal), in
// ASCII: a string with a character past U+00FF (the rules' `…`) is stored and parsed two bytes a character. Single
// quotes are escaped too, so that no rule example (`import Stripe from 'stripe'`) reads as an import of the bundle.
const rulesJson = JSON.stringify(table).replace(/[^\x00-\x7f]|'/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const rulesModule = `export const BUILT_IN_RULES = JSON.parse(${JSON.stringify(rulesJson)});`;
const builtInTableModules = {
  name: 'built-in-tables',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\]built-in-rules\.ts$/ }, () => ({ contents: rulesModule, loader: 'js' }));
  },
};

// What both bundles share: every runtime dependency inside, less text for V8 to parse at every start
// (whitespace and syntax minified), names kept for --debug stack traces, and no source maps, which would point
// at sources the package lacks.
const common = {
  absWorkingDir: ROOT,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: false,
  legalComments: 'inline',
  logLevel: 'warning',
  metafile: true,
};

collect(await build({
  ...common,
  // Every output sits directly in dist/: the worker's path is dist/worker.js (src/package-root.ts).
  entryPoints: { cli: 'src/cli.ts', worker: 'src/detect/worker.ts', action: 'src/action/main.ts' },
  // Commands, reporters and the Action's toolkit stay in chunks loaded on demand.
  splitting: true,
  format: 'esm',
  chunkNames: 'chunk-[hash]',
  // CommonJS dependencies call require() for Node's builtins; an ES module has none of its own.
  banner: { js: "import { createRequire as keylintCreateRequire } from 'node:module';\nconst require = keylintCreateRequire(import.meta.url);" },
  plugins: [builtInTableModules, pointLazyRequires],
}));

// In a CommonJS bundle, esbuild turns each module's `import fs from 'node:fs'` into __toESM(require('node:fs')),
// which copies every property of the built-in onto a new object as a getter: 37 copies of fs, path and os at a
// pre-commit's start. Imports of a built-in go through one module of the bundle that re-exports it instead, so
// each built-in is copied once.
const sharedBuiltins = {
  name: 'shared-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => {
      if (args.namespace === 'builtin') return { path: args.path, external: true };
      return args.kind === 'import-statement' ? { path: args.path, namespace: 'builtin' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `export * from '${args.path}';\nexport default require('${args.path}');`,
      loader: 'js',
    }));
  },
};

// The pre-commit entry (src/staged-cli.ts) again, alone and as one CommonJS file, dist/staged.cjs: Node loads it
// without the ES module loader's work per chunk, and bin/ keeps V8's code cache of it. What `staged` loads only
// on demand (other reporters, validation, archives) is inside too, unrun.
collect(await build({
  ...common,
  entryPoints: { staged: 'src/staged-cli.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // Where sources ask for their own file's URL (package-root.ts, lazy requires), the bundle's own.
  define: { 'import.meta.url': 'keylintModuleUrl' },
  banner: { js: "const keylintModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [builtInTableModules, pointLazyRequires, sharedBuiltins],
}));
// bin/code-cache.js runs the bundle as a vm.Script, where import() has no loader behind it: everything must be inside.
if (fs.readFileSync(path.join(outdir, 'staged.cjs'), 'latin1').includes('import(')) {
  throw new Error('dist/staged.cjs calls import(): bundle that module in, or load it with require()');
}

// The bundles hold other projects' code, and their licences (MIT, ISC, Apache-2.0…) ask that their notices travel
// with it: the package and the Action carry no node_modules, so dist/licenses.txt gives each bundled package's
// name, version, licence and licence text (as @vercel/ncc's licenses.txt does for GitHub's action template).
fs.writeFileSync(path.join(outdir, 'licenses.txt'), licenseNotices(bundled));

function licenseNotices(inputs) {
  const packages = new Map();
  for (const input of inputs) {
    const at = input.lastIndexOf('node_modules/');
    if (at === -1) continue;
    const [first, second] = input.slice(at + 'node_modules/'.length).split('/');
    const dir = path.join(ROOT, input.slice(0, at), 'node_modules', first.startsWith('@') ? `${first}/${second}` : first);
    packages.set(dir, JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')));
  }
  const notices = [...packages].map(([dir, pkg]) => {
    const file = fs.readdirSync(dir).sort().find((name) => /^(licen[cs]e|copying)([.-]|$)/i.test(name));
    if (!file) throw new Error(`${pkg.name}: no licence file to carry into dist/licenses.txt`);
    const text = fs.readFileSync(path.join(dir, file), 'utf8').trim();
    return `${pkg.name} ${pkg.version}\n${pkg.license ?? 'see below'}\n\n${text}\n`;
  });
  return [...new Set(notices)].sort().join('\n-----\n\n');
}
