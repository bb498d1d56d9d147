// The sections of a config file that hold a value, innermost first: the maps opened before it on its own line
// (`{"development": {"key": "…"}}`), the indented blocks above it (YAML `development:`, `class TestingConfig:`,
// Gradle `dev {`), an ini/TOML `[env.staging]` header and a Spring profile document (`on-profile: dev`). One config
// file often holds every environment side by side (Rails database.yml, wrangler.toml, knexfile.js): the section
// names, not the path, say which environment a value is for.

import { contentLinesAbove, indentOf, iniSection } from './block-lines.js';

/** How much of the value's own line before it is read for maps (minified bundles have megabyte lines). */
const OWN_LINE_BYTES = 2048;
/**
 * How many maps opened on the value's own line are named: a config nests a few; a minified line of unclosed
 * `{"x-api-key":` openers would otherwise name dozens for each of its thousands of keys (twice the scan time).
 */
const OWN_LINE_MAPS = 6;

/** A line that opens a block: ends with `:`, `{`, `[`, `(`, `=>`, `do` or an XML start tag (before a comment). */
const OPENER = /(?:[:{[(]|=>|\bdo|<[a-z][^<>]*[^/<>]>)[ \t]*(?:(?:#|\/\/).*)?\r?$/i;
/** A line that closes what a block opened (`},`, `end`): never a header. */
const CLOSER = /^[ \t]*(?:[}\])]|end\b|<\/)/;
/**
 * The names a block's header line gives it: a map key (`development:`, `"Staging": {`, `dev = {`, `:test => {`), a
 * Groovy or HCL block (`dev {`, `environment "staging" {`), a config class (`class TestingConfig(Config):`), a
 * Sinatra `configure :development, :test do`, an XML element with its name (`<environment name="Development">`), a
 * Quarkus profile key (`"%dev":`), a Gradle Kotlin DSL element named by its call's argument (`create("dev") {`,
 * `getByName("debug") {`, BuildKonfig's `defaultConfigs("dev") {`), a Jenkinsfile's stage, also named in words
 * (`stage('Deploy to staging') {`; a test's `describe("dev tools") {` is no section), a bundler plugin given a map
 * (`new webpack.EnvironmentPlugin({`), a framework's config helper given a map (Nuxt's `export default defineAppConfig({`).
 */
const HEADER_NAMES: RegExp[] = [
  /^[ \t]*-?[ \t]*:?["'`]?%?([A-Za-z_$][\w$.-]{0,60})["'`]?[ \t]*(?::|=>?)[ \t]*[{[(]?[ \t]*(?:(?:#|\/\/).*)?\r?$/,
  /^[ \t]*([A-Za-z_][\w-]{0,60})(?:[ \t]+"([\w.-]{1,60})")*[ \t]*\{[ \t]*(?:\/\/.*)?\r?$/,
  /^[ \t]*[A-Za-z_]\w{0,60}\([ \t]*["']([\w.-]{1,60})["'][ \t]*\)(?:\.apply)?[ \t]*\{[ \t]*(?:\/\/.*)?\r?$/,
  /^[ \t]*stage\([ \t]*["']([\w.-][\w .:/-]{0,59})["'][ \t]*\)[ \t]*\{[ \t]*(?:\/\/.*)?\r?$/,
  /^[ \t]*(?:new[ \t]+)?(?:[\w$]+\.)?([A-Z]\w{0,40}Plugin)\([ \t]*\{[ \t]*(?:\/\/.*)?\r?$/,
  /^[ \t]*(?:export[ \t]+default[ \t]+)?(define[A-Z]\w{0,40}Config)\([ \t]*\{[ \t]*(?:\/\/.*)?\r?$/,
  /^[ \t]*(?:(?:export|public|private|internal|static|final|data)[ \t]+)*(?:class|object|struct|module)[ \t]+([A-Za-z_]\w*(?:Config|Configuration|Settings|Environment|Env|Profile))\b/,
  /^[ \t]*configure[ \t(]+((?::\w+[ \t]*,?[ \t]*)+)\)?[ \t]*(?:do|\{)/,
  /^[ \t]*<([A-Za-z][\w:.-]*)(?:[^<>]*?[ \t](?:name|id|key|environment|profile)=["']([\w.-]{1,60})["'])?[^<>]*(?<!\/)>[ \t]*\r?$/,
];
/**
 * A line that names the block beside it rather than above it: a YAML list item (`- name: dev`, `- id: staging`, also
 * on the item's later lines: render.yaml's `- type: worker` then `name: worker-staging` over `envVars:`), a
 * Maven profile's `<id>dev</id>` over its `<properties>`, a compose service's `profiles: [dev]` over its `environment:`,
 * a GitLab CI job's `stage: test` over its `variables:`, a Bitbucket step's `deployment: staging` over its `script:`,
 * a compose service's flow-map `build: { context: ., target: dev }` over its `environment:`.
 */
const SIBLING_NAMES: RegExp[] = [
  /^[ \t]*build[ \t]*:[ \t]*\{[^}]*\btarget[ \t]*:[ \t]*["']?([\w.-]{1,60})/,
  /^[ \t]*(?:-[ \t]+)?(?:name|id|profile|env|environment|stage|deployment)[ \t]*:[ \t]*["']?([\w.-]{1,60})["']?[ \t]*\r?$/,
  /^[ \t]*<id>[ \t]*([\w.-]{1,60})[ \t]*<\/id>[ \t]*\r?$/,
  /^[ \t]*profiles[ \t]*:[ \t]*\[([\w.,"' -]{1,60})\][ \t]*\r?$/,
  /^[ \t]*stage[ \t]*:[ \t]*["']?([\w.-]{1,60})["']?[ \t]*\r?$/,
];
/**
 * A sibling map that names the block beside it by its children: a GitHub Actions or GitLab CI job's `environment:`
 * over `name: staging` and `url: …` beside the job's `env:` or `variables:`; a Kubernetes object's `metadata:` over
 * `name: clinic-staging` and `namespace: dev` beside its `data:` or `spec:`; a compose service's `build:` over
 * `target: dev` (the Dockerfile stage it runs) beside its `environment:`.
 */
const SIBLING_MAP = /^[ \t]*(?:-[ \t]+)?(?:environment|deployment|metadata|build)[ \t]*:[ \t]*(?:#.*)?\r?$/;
/** A child of a SIBLING_MAP that names it, read on the lines below it (a compose `build:`'s stage: `target: dev`). */
const CHILD_NAME = /^[ \t]*(?:name|namespace|target)[ \t]*:[ \t]*["']?([\w.-]{1,60})["']?[ \t]*(?:#.*)?\r?$/;
/**
 * The name of a variable that says which environment it runs in: NODE_ENV, RAILS_ENV, ASPNETCORE_ENVIRONMENT and
 * every other `…_ENV`, `…_ENVIRONMENT` or `…_STAGE` (WP_ENV, DEPLOY_ENV, EXPO_PUBLIC_APP_ENV, WP_ENVIRONMENT_TYPE),
 * a bare ENVIRONMENT, ENV or STAGE, Spring's active profiles, in an Ansible or YAML file's lower case (`app_env:`,
 * `stage:`, `spring.profiles.active=`) or a JavaScript object's camel case (`appEnv:`).
 */
const DECLARING_NAME = String.raw`(?:[A-Za-z][A-Za-z0-9]*[_.])*(?:ENV|ENVIRONMENT|STAGE|PROFILES[_.]ACTIVE|env|environment|stage|profiles[_.]active|[a-z][A-Za-z0-9]*(?:Env|Environment|Stage))(?:[_.](?:NAME|TYPE|name|type)|Name|Type)?`;
/** Whether a line may hold a DECLARING_NAME: the cheap test before the regex. */
const MAY_DECLARE = /env|stage|profiles/i;
/**
 * A variable beside the value that says which environment its block runs in: PM2's `env: {NODE_ENV: "development",
 * …}`, launchSettings' `"ASPNETCORE_ENVIRONMENT": "Development"`, a compose service's `RAILS_ENV: test`; in a flat
 * file (a `.env` with `APP_ENV=local`, `export NODE_ENV=development`), the whole file's.
 */
const ENVIRONMENT_DECLARATION = new RegExp(
  // A file saved with a byte-order mark holds it before its first line's name (read as UTF-8 or as Latin-1).
  String.raw`^(?:\ufeff|\xef\xbb\xbf)?[ \t]*(?:-[ \t]+|export[ \t]+)?["']?${DECLARING_NAME}["']?[ \t]*[:=][ \t]*["']?([\w-]{1,30})["']?[ \t]*,?[ \t]*(?:(?:#|\/\/).*)?\r?$`,
);
/**
 * The same variable as an item of a Kubernetes container's `env:` list, its name and its value on two lines
 * (`- name: NODE_ENV` over `value: development`).
 */
const DECLARED_NAME = new RegExp(String.raw`^[ \t]*-[ \t]+name[ \t]*:[ \t]*["']?${DECLARING_NAME}["']?[ \t]*\r?$`);
const DECLARED_VALUE = /^[ \t]*value[ \t]*:[ \t]*["']?([\w-]{1,30})["']?[ \t]*(?:#.*)?\r?$/;
/**
 * A Dockerfile's `FROM image AS name`: a multi-stage build's stage, the section every line up to the next `FROM`
 * belongs to (`FROM base AS dev` is a development image; `FROM base AS production` beside it is not).
 */
const STAGE = /^FROM[ \t]+(?:--platform=\S+[ \t]+)?\S+(?:[ \t]+[Aa][Ss][ \t]+([\w.-]{1,60}))?[ \t]*\r?$/;
/** The next stage's `FROM`, which ends a stage. */
const NEXT_STAGE = /^FROM[ \t]/m;
/**
 * An `ENV` or `ARG` instruction (or a continuation line of one) that declares the stage's environment, among other
 * pairs or alone, in either of ENV's forms: `ENV NODE_ENV=development PORT=3000`, `ENV NODE_ENV development`,
 * `ARG APP_ENV=local`, `    RAILS_ENV=test \`.
 */
const STAGE_DECLARATION = new RegExp(
  String.raw`^(?:(?:ENV|ARG)[ \t]+|[ \t]+)(?:[\w.-]+=\S*[ \t]+)*${DECLARING_NAME}(?:=|[ \t]+)["']?([\w-]{1,30})["']?(?:[ \t]+[\w.-]+=\S*)*[ \t]*\\?\r?$`,
  'gm',
);
/** A YAML document separator or an ini header below a value, which end the flat file's part it is in. */
const FLAT_PART_END = /^(?:---|[ \t]*\[)/;
/** How far below the value its own block is read for a declared environment: a screenful of variables. */
const DECLARATION_REACH = 4096;
/** A Quarkus profile prefix on a property (`%dev.maxai.api-key=…`): the profile the line's value is for. */
const PROPERTY_PROFILE = /^[ \t]*%([\w-]{1,60})\./;
/** A package.json script (`"dev": "MAXAI_API_KEY=… next dev"`): its name says which environment its command runs. */
const SCRIPT_NAME = /^[ \t]*"([\w:.-]{1,60})"[ \t]*:[ \t]*"/;
/**
 * The key a map opened on the value's own line is the value of (`"development": {`, `dev = {`, `dev {`), or the
 * bundler plugin it is given to (`new webpack.DefinePlugin({`, `new EnvironmentPlugin({`).
 */
const MAP_KEY = /(?:\b([A-Z]\w{0,40}Plugin)\(|["'`]?([A-Za-z_$][\w$.-]{0,60})["'`]?[ \t]*(?::|=>?)?)[ \t]*$/;
/** The longest document whose profile is read: a Spring profile document is a screenful of settings. */
const DOCUMENT_REACH = 64 * 1024;
/** A YAML document separator, and a Java properties file's (`#---`, `!---`). */
const DOCUMENT = /^(?:---|[#!]---)[ \t]*(?:#.*)?\r?$/gm;
/** The profile a Spring document applies to (`spring.config.activate.on-profile: dev`, `spring.profiles=test`). */
const PROFILE =
  /(?:\bon-profile|^[ \t]*spring\.profiles|^[ \t]+profiles(?=:[ \t]*["']?\w[\w, -]*["']?[ \t]*\r?$))[ \t]*[:=][ \t]*["']?([\w, -]+)/m;

/**
 * The names of the sections holding the value at `at` (its line starts at `lineStart`), innermost first, each in
 * lower-case words (`DevelopmentConfig` → `development config`, `env.staging` → `env staging`). `outer`: the line's
 * own `lineSections`, which a caller with many values on one line computes once.
 */
export function sectionsOf(
  text: string,
  at: number,
  lineStart: number,
  outer: string[] = lineSections(text, lineStart),
): string[] {
  const own = ownLineMaps(text.slice(Math.max(lineStart, at - OWN_LINE_BYTES), at)).map(words);
  return [...own.filter((name) => name !== ''), ...outer];
}

/** The sections that hold the whole line starting at `lineStart`: its blocks, header and profile document. */
export function lineSections(text: string, lineStart: number): string[] {
  const names = enclosingBlocks(text, lineStart);
  if (names[0] === 'scripts') {
    const script = SCRIPT_NAME.exec(text.slice(lineStart, lineStart + OWN_LINE_BYTES))?.[1];
    if (script !== undefined) names.unshift(script);
  }
  const own = PROPERTY_PROFILE.exec(text.slice(lineStart, lineStart + 64))?.[1];
  if (own !== undefined) names.unshift(own);
  const profile = documentProfile(text, lineStart);
  if (profile !== undefined) names.push(profile);
  return names.map(words).filter((name) => name !== '');
}

/** The keys of the maps still open at the end of `prefix`, innermost first. */
function ownLineMaps(prefix: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (let i = prefix.length - 1; i >= 0; i--) {
    const c = prefix[i];
    if (c === '}' || c === ']') depth++;
    else if (c === '{' || c === '[') {
      if (depth > 0) depth--;
      else {
        const m = MAP_KEY.exec(prefix.slice(Math.max(0, i - 80), i));
        const key = m?.[1] ?? m?.[2];
        if (key !== undefined && names.push(key) === OWN_LINE_MAPS) break;
      }
    }
  }
  return names;
}

/** The names of the blocks enclosing the line at `lineStart`, by indentation, up to an ini/TOML header. */
function enclosingBlocks(text: string, lineStart: number): string[] {
  const names: string[] = [];
  let depth = indentOf(text, lineStart);
  // Whether the walk has left the value's own block, and has named the list item it is in at this depth.
  let nested = false;
  let itemNamed = false;
  // The names in the body of the sibling block the walk is in, for a SIBLING_MAP header above it.
  let childNames: string[] = [];
  // Whether a variable beside the value has said which environment its block (or its flat file) is for, also one
  // below it; a flat file's declaration holds up to a YAML document separator.
  const below = environmentDeclaredBelow(text, lineStart, depth);
  if (below !== undefined) names.push(below);
  let declared = below !== undefined;
  for (const { start, line } of contentLinesAbove(text, lineStart)) {
    const header = iniSection(text, start, line);
    if (header !== undefined) {
      names.push(header);
      break;
    }
    if (line.startsWith('FROM')) {
      const stage = STAGE.exec(line);
      if (stage) {
        names.push(...stageNames(text, start, stage[1], declared));
        break;
      }
    }
    const indent = indentOf(text, start);
    // Before the walk leaves the value's own block.
    if (indent === depth && !nested && !declared && MAY_DECLARE.test(line)) {
      const environment = declaredEnvironment(text, start, line);
      // Comment lines are not walked: a YAML document separator between them ends a flat file's part.
      if (environment !== undefined && (depth > 0 || !text.slice(start, lineStart).includes('\n---'))) {
        names.push(environment);
        declared = true;
      }
    }
    if (indent > depth && nested) {
      const child = CHILD_NAME.exec(line)?.[1];
      if (child !== undefined) childNames.push(child);
      continue;
    }
    // A sibling's name names the blocks beside it (skaffold's `- name: dev` over `deploy:`); a name beside the
    // value (`- name: MAXAI_DEV_KEY` over `value: …`, a Maven server's `<id>` over its `<password>`) is a
    // variable's, not a section's.
    if (indent === depth && nested && !itemNamed) {
      const item =
        SIBLING_NAMES.map((form) => form.exec(line)?.[1]).find((name) => name !== undefined) ??
        (SIBLING_MAP.test(line) && childNames.length > 0 ? childNames.join(' ') : undefined);
      if (item !== undefined) {
        names.push(item);
        itemNamed = true;
      }
    }
    childNames = [];
    // Depth 0 goes on only to find an ini/TOML header; a line that opens nothing is a continuation, not a header.
    if (indent >= depth || CLOSER.test(line) || !OPENER.test(line)) continue;
    for (const form of HEADER_NAMES) {
      const m = form.exec(line);
      if (m) {
        names.push(
          m
            .slice(1)
            .filter((name) => name !== undefined)
            .join(' '),
        );
        break;
      }
    }
    depth = indent;
    nested = true;
    itemNamed = false;
  }
  return names;
}

/**
 * The names of the Dockerfile stage whose `FROM` line starts at `start`: the environment an instruction of the
 * stage declares (unless the value's own block declared one), then the stage's name.
 */
function stageNames(text: string, start: number, name: string | undefined, declared: boolean): string[] {
  const names: string[] = [];
  if (!declared) {
    const body = text.indexOf('\n', start) + 1;
    const next = body === 0 ? -1 : text.slice(body).search(NEXT_STAGE);
    const stage = body === 0 ? '' : text.slice(body, next === -1 ? text.length : body + next);
    const environment = MAY_DECLARE.test(stage) ? [...stage.matchAll(STAGE_DECLARATION)][0]?.[1] : undefined;
    if (environment !== undefined) names.push(environment);
  }
  if (name !== undefined) names.push(name);
  return names;
}

/** The environment a variable below the value in its own block declares (`MAXAI_API_KEY: …` over `NODE_ENV: test`). */
function environmentDeclaredBelow(text: string, lineStart: number, depth: number): string | undefined {
  const window = text.slice(lineStart, lineStart + DECLARATION_REACH);
  // The value's own line is not a variable beside it; a window cut short ends in a part of a line.
  const cut = lineStart + DECLARATION_REACH < text.length;
  const lines = window.split('\n').slice(1, cut ? -1 : undefined);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const indent = indentOf(line, 0);
    if (indent < depth || (depth === 0 && FLAT_PART_END.test(line))) return undefined;
    if (indent === depth && MAY_DECLARE.test(line)) {
      const environment = ENVIRONMENT_DECLARATION.exec(line)?.[1] ?? declaredValue(line, lines[i + 1]);
      if (environment !== undefined) return environment;
    }
  }
  return undefined;
}

/** The environment the line at `start` declares, alone or with the `value:` line under it. */
function declaredEnvironment(text: string, start: number, line: string): string | undefined {
  const own = ENVIRONMENT_DECLARATION.exec(line)?.[1];
  if (own !== undefined) return own;
  const next = text.indexOf('\n', start) + 1;
  if (next === 0) return undefined;
  const end = text.indexOf('\n', next);
  return declaredValue(line, text.slice(next, end === -1 ? text.length : end));
}

/** The value a `- name: NODE_ENV` line is given on the line under it (`value: development`). */
function declaredValue(line: string, next: string | undefined): string | undefined {
  return next !== undefined && DECLARED_NAME.test(line) ? DECLARED_VALUE.exec(next)?.[1] : undefined;
}

/** The profile named by the YAML or properties document (between `---` separators) that holds `at`. */
function documentProfile(text: string, at: number): string | undefined {
  const { separators } = documentsOf(text);
  // A file without separators is one document, whose profile its path already says (application-dev.yml).
  if (separators.length === 0) return undefined;
  let next = separators.findIndex(([start]) => start >= at);
  if (next === -1) next = separators.length;
  const from = next === 0 ? 0 : separators[next - 1]![1];
  const to = next === separators.length ? text.length : separators[next]![0];
  if (to - from > DOCUMENT_REACH) return undefined;
  return PROFILE.exec(text.slice(from, to))?.[1];
}

/**
 * The document separators of the text last asked about. A text is asked about once per key it holds, and a
 * megabyte of keys (a bundle) would otherwise search the whole text once per key.
 */
let documents: { text: string; separators: Array<[number, number]> } | undefined;

function documentsOf(text: string): { separators: Array<[number, number]> } {
  if (documents?.text !== text) {
    // Only a text that names a profile has profile documents.
    const separators: Array<[number, number]> = text.includes('profile')
      ? [...text.matchAll(DOCUMENT)].map((m) => [m.index, m.index + m[0].length])
      : [];
    documents = { text, separators };
  }
  return documents;
}

/** A section's name as lower-case words, for rules to match by word. */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .join(' ');
}
