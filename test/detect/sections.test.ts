// Config sections: the names of the sections that hold a value (src/detect/sections.ts), and the `sections` policy
// condition that judges a key by them (a production key under `development:` is in a dev config).
import { describe, expect, it } from 'vitest';
import { compileRuleFiles } from '../../src/rules.js';
import { sectionsOf } from '../../src/detect/sections.js';
import { seeded } from '../helpers/fake.js';
import { builtinRules, scanMemory } from '../helpers/scan.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rnd = seeded(23);
const body = () => Array.from({ length: 32 }, () => ALNUM[Math.floor(rnd() * ALNUM.length)]).join('');
const prodKey = () => `max_prd_${'ak_'}${body()}`;

/** The sections of the value written `@` in `text` (the marker is removed). */
function sectionsAt(text: string): string[] {
  const at = text.indexOf('@');
  const clean = text.slice(0, at) + text.slice(at + 1);
  return sectionsOf(clean, at, clean.lastIndexOf('\n', at - 1) + 1);
}

describe('sectionsOf', () => {
  it('reads indented blocks, innermost first, as lower-case words', () => {
    const yaml = 'default: &default\n  adapter: pg\ndevelopment:\n  maxai:\n    apiKey: @k\nproduction:\n  x: 1\n';
    expect(sectionsAt(yaml)).toEqual(['maxai', 'development']);
    const json = '{\n  "Development": {\n    "MaxAi": {\n      "ApiKey": "@k"\n    }\n  },\n  "Production": {}\n}';
    expect(sectionsAt(json)).toEqual(['max ai', 'development']);
  });

  it('names a block by the environment a variable beside the value declares, above or below it', () => {
    const pm2 = "apps: [{\n  env: {\n    NODE_ENV: 'development',\n    MAXAI_API_KEY: '@k',\n  },\n}]";
    expect(sectionsAt(pm2)).toEqual(['development', 'env']);
    const compose = 'services:\n  e2e:\n    environment:\n      - MAXAI_API_KEY=@k\n      - RAILS_ENV=test\n  web:\n';
    expect(sectionsAt(compose)).toEqual(['test', 'environment', 'e2e', 'services']);
    const other = "env_production: {\n  MAXAI_API_KEY: '@k',\n},\nenv: {\n  NODE_ENV: 'development',\n}";
    expect(sectionsAt(other)).toEqual(['env production']);
  });

  it("names a flat file's part by the environment it declares, up to a document separator", () => {
    expect(sectionsAt('NODE_ENV=development\nMAXAI_API_KEY=@k\n')).toEqual(['development']);
    expect(sectionsAt('# local\nMAXAI_API_KEY=@k\nPORT=3000\nexport APP_ENV="local"\n')).toEqual(['local']);
    expect(sectionsAt('APP_ENV: local\n---\nMAXAI_API_KEY: @k\n')).toEqual([]);
    expect(sectionsAt('MAXAI_API_KEY: @k\n---\nAPP_ENV: local\n')).toEqual([]);
    expect(sectionsAt('[prod]\nAPP_ENV=local\n[dev]\nMAXAI_API_KEY=@k\n')).toEqual(['dev']);
  });

  it('takes the environment from any variable named for it, in any case, and not from names that only hold ENV', () => {
    expect(sectionsAt('ENVIRONMENT=development\nMAXAI_API_KEY=@k\n')).toEqual(['development']);
    expect(sectionsAt('WP_ENVIRONMENT_TYPE=staging\nMAXAI_API_KEY=@k\n')).toEqual(['staging']);
    expect(sectionsAt('MAXAI_API_KEY=@k\nDEPLOY_STAGE=qa\n')).toEqual(['qa']);
    expect(sectionsAt('---\napp_env: staging\nmaxai_api_key: @k\n')).toEqual(['staging']);
    expect(sectionsAt("clinic: {\n  appEnv: 'development',\n  maxaiApiKey: '@k',\n}")).toEqual([
      'development',
      'clinic',
    ]);
    expect(sectionsAt('spring.profiles.active=dev\nmaxai.api-key=@k\n')).toEqual(['dev']);
    expect(sectionsAt('ENV_FILE=development\nMAXAI_API_KEY=@k\n')).toEqual([]);
    expect(sectionsAt('venv: development\nmaxai_api_key: @k\n')).toEqual([]);
  });

  it("reads a Kubernetes env list item's name and value on two lines", () => {
    const above = 'env:\n  - name: NODE_ENV\n    value: development\n  - name: MAXAI_API_KEY\n    value: @k\n';
    expect(sectionsAt(above)).toEqual(['development', 'env']);
    const below = 'env:\n  - name: MAXAI_API_KEY\n    value: @k\n  - name: RAILS_ENV\n    value: "test"\n';
    expect(sectionsAt(below)).toEqual(['test', 'env']);
    const other = 'env:\n  - name: NODE_ENV_FILE\n    value: development\n  - name: MAXAI_API_KEY\n    value: @k\n';
    expect(sectionsAt(other)).toEqual(['env']);
  });

  it('passes closed blocks by: a sibling block above is not an enclosing one', () => {
    const json = '{\n  "development": {\n    "key": "a"\n  },\n  "production": {\n    "key": "@k"\n  }\n}';
    expect(sectionsAt(json)).toEqual(['production']);
  });

  it('reads the maps opened before the value on its own line', () => {
    expect(sectionsAt('{"development":{"maxai":{"apiKey":"a"}},"production":{"maxai":{"apiKey":"@k"}}}')).toEqual([
      'maxai',
      'production',
    ]);
  });

  it('reads ini and TOML headers, config classes, Sinatra configure, Gradle blocks and XML elements', () => {
    expect(sectionsAt('[vars]\nA = 1\n\n[env.staging.vars]\nB = 2\nKEY = "@k"\n')).toEqual(['env staging vars']);
    expect(sectionsAt('class TestingConfig(Config):\n    TESTING = True\n    KEY = "@k"\n')).toEqual([
      'testing config',
    ]);
    expect(sectionsAt('class TestClient(TestCase):\n    KEY = "@k"\n')).toEqual([]);
    expect(sectionsAt('configure :development, :test do\n  set :key, "@k"\nend\n')).toEqual(['development test']);
    expect(sectionsAt('productFlavors {\n    dev {\n        buildConfigField "String", "K", "@k"\n')).toEqual([
      'dev',
      'product flavors',
    ]);
    // Gradle's Kotlin DSL names an element by its call's argument; a call with more than a name opens no section.
    expect(
      sectionsAt('productFlavors {\n    create("dev") {\n        buildConfigField("String", "K", "@k")\n'),
    ).toEqual(['dev', 'product flavors']);
    expect(
      sectionsAt('buildkonfig {\n    defaultConfigs("staging") {\n        buildConfigField(STRING, "K", "@k")\n'),
    ).toEqual(['staging', 'buildkonfig']);
    // A Jenkinsfile names its stages the same way, in either quote.
    expect(
      sectionsAt("stages {\n    stage('Test') {\n        environment {\n            MAXAI_API_KEY = '@k'\n"),
    ).toEqual(['environment', 'test', 'stages']);
    expect(
      sectionsAt("stages {\n    stage('Deploy to staging') {\n        environment {\n            KEY = '@k'\n"),
    ).toEqual(['environment', 'deploy to staging', 'stages']);
    expect(sectionsAt('describe("dev tools") {\n    val key = "@k"\n')).toEqual([]);
    expect(sectionsAt("plugins: [\n  new webpack.EnvironmentPlugin({\n    KEY: '@k',\n")).toEqual([
      'environment plugin',
      'plugins',
    ]);
    expect(sectionsAt("plugins: [new DefinePlugin({ KEY: '@k' })]\n")).toEqual(['define plugin', 'plugins']);
    expect(sectionsAt('<environments>\n  <environment name="Staging">\n    <add value="@k" />\n')).toEqual([
      'environment staging',
      'environments',
    ]);
  });

  it('names a list item by its name only for the blocks under it', () => {
    const skaffold = 'profiles:\n  - name: dev\n    deploy:\n      setValues:\n        key: @k\n';
    expect(sectionsAt(skaffold)).toEqual(['set values', 'deploy', 'dev', 'profiles']);
    const env = 'env:\n  - name: MAXAI_DEV_KEY\n    value: @k\n';
    expect(sectionsAt(env)).toEqual(['env']);
  });

  it("names a block by a sibling: a Maven profile's <id>, a compose service's profiles, not a value's own name", () => {
    const pom = '<profile>\n  <id>dev</id>\n  <properties>\n    <maxai.key>@k</maxai.key>\n';
    expect(sectionsAt(pom)).toEqual(['properties', 'dev', 'profile']);
    const server = '<server>\n  <id>dev-nexus</id>\n  <password>@k</password>\n';
    expect(sectionsAt(server)).toEqual(['server']);
    const compose = 'services:\n  api:\n    profiles: ["test", debug]\n    environment:\n      KEY: @k\n';
    expect(sectionsAt(compose)).toEqual(['environment', 'test debug', 'api', 'services']);
    // A comment or a command that says dev names nothing.
    const commented =
      'services:\n  api:\n    # profiles: [dev]\n    command: npm run dev\n    environment:\n      KEY: @k\n';
    expect(sectionsAt(commented)).toEqual(['environment', 'api', 'services']);
  });

  it("names a block by a sibling map's children: a job's environment:, a Kubernetes object's metadata:", () => {
    const job =
      'jobs:\n  preview:\n    environment:\n      name: staging\n      url: https://x.example\n    env:\n      KEY: @k\n';
    expect(sectionsAt(job)).toEqual(['env', 'staging', 'preview', 'jobs']);
    const configMap = 'kind: ConfigMap\nmetadata:\n  name: clinic-config\n  namespace: dev\ndata:\n  KEY: @k\n';
    expect(sectionsAt(configMap)).toEqual(['data', 'dev clinic config']);
    // A sibling block that is no such map names nothing, nor do the names of list items in it.
    const steps = 'jobs:\n  test:\n    steps:\n      - name: staging\n    env:\n      KEY: @k\n';
    expect(sectionsAt(steps)).toEqual(['env', 'test', 'jobs']);
  });

  it("names a package.json script's line by the script, and no other line of the file by its key", () => {
    const pkg = '{\n  "scripts": {\n    "start:dev": "KEY=@k node server.js"\n  },\n';
    expect(sectionsAt(pkg)).toEqual(['start dev', 'scripts']);
    expect(sectionsAt('{\n  "config": {\n    "dev": "@k"\n  },\n')).toEqual(['config']);
  });

  it("reads a Spring document's profile, in YAML and in properties", () => {
    const yaml =
      'maxai:\n  api-key: x\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\nmaxai:\n  api-key: @k\n';
    expect(sectionsAt(yaml)).toEqual(['maxai', 'dev']);
    const old = 'a: 1\n---\nspring:\n  profiles: test\nkey: @k\n---\nspring:\n  profiles: prod\n';
    expect(sectionsAt(old)).toEqual(['test']);
    const properties = 'a=1\n#---\nspring.config.activate.on-profile=staging\nmaxai.api-key=@k\n';
    expect(sectionsAt(properties)).toEqual(['staging']);
    // One document: its profile is its file name's (application-dev.yml), and an active profile is no section.
    expect(sectionsAt('spring:\n  profiles:\n    active: dev\nkey: @k\n')).toEqual([]);
  });

  it('takes no section name from attribute values or from a registry key path', () => {
    expect(sectionsAt('<div class="debug" data-maxai-key="max_dev_ak_x">\n  <code>@k</code>\n')).toEqual(['div']);
    expect(sectionsAt('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Clinic]\n"ApiKey"="@k"\n')).toEqual([
      'hkey local machine software clinic',
    ]);
  });
});

describe('the sections condition', () => {
  it('raises prod-key-in-dev-config for a production key in a dev section, not in a production one', async () => {
    const [dev, prod, staging] = [prodKey(), prodKey(), `max_dev_${'ak_'}${body()}`];
    const content = `development:\n  key: ${dev}\n  other: ${staging}\nproduction:\n  key: ${prod}\n`;
    const { report, secrets } = await scanMemory([{ path: 'config/maxai.yml', content }]);
    const policies = report.findings.filter((f) => f.kind === 'policy');
    expect(policies.map((f) => [f.ruleId, secrets.get(f.fingerprint)])).toEqual([['prod-key-in-dev-config', dev]]);
  });

  it('lets the nearest section that either list names decide', async () => {
    const [inner, outer] = [prodKey(), prodKey()];
    const content = `staging:\n  production_mirror:\n    key: ${inner}\n  key: ${outer}\n`;
    const { report, secrets } = await scanMemory([{ path: 'deploy/maxai.yml', content }]);
    const policies = report.findings.filter((f) => f.kind === 'policy');
    expect(policies.map((f) => secrets.get(f.fingerprint))).toEqual([outer]);
  });

  it("gives a NovaMed key in a section its own host's environment; a flat file's keys take the file's", async () => {
    const [dev, prod, flat] = [body() + 'Ab12Cd34', body() + 'Ef56Gh78', body() + 'Ij90Kl12'];
    const sectioned = [
      'development:',
      '  base_url: https://novamed-feapidev.stackmod.info',
      `  api_key: ${dev}`,
      'production:',
      '  base_url: https://feapi.novamed.care',
      `  api_key: ${prod}`,
      '',
    ].join('\n');
    const dotenv = `NOVAMED_URL=https://feapi.novamed.care\nNOVAMED_DEV_URL=https://novamed-feapidev.stackmod.info\nNOVAMED_API_KEY=${flat}\n`;
    const { report, secrets } = await scanMemory([
      { path: 'config/novamed.yml', content: sectioned },
      { path: '.env.local', content: dotenv },
    ]);
    const environments = report.findings
      .filter((f) => f.kind === 'secret')
      .map((f) => [secrets.get(f.fingerprint), f.environment]);
    expect(environments).toEqual([
      [flat, 'production'],
      [dev, 'development'],
      [prod, 'production'],
    ]);
    const policies = report.findings.filter((f) => f.kind === 'policy');
    expect(policies.map((f) => [f.file, secrets.get(f.fingerprint)])).toEqual([['.env.local', flat]]);
  });

  it('is checked in rule files: exceptSections needs sections, and regexes must compile', () => {
    const rule = (when: Record<string, unknown>) => ({
      file: 'mine.json',
      data: {
        rules: [
          {
            ...{ id: 'mine', kind: 'policy', description: 'd', severity: 'low', message: 'm', fix: 'f', when: [when] },
            examples: { match: [{ path: 'a.yml', text: 'dev:\n  k: x' }], noMatch: [] },
          },
        ],
      },
    });
    const error = (when: Record<string, unknown>) => {
      try {
        compileRuleFiles([rule(when)]);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(error({ exceptSections: ['prod'] })).toContain('exceptSections needs sections beside it');
    expect(error({ sections: ['('] })).toContain('when[0].sections[0]: invalid regular expression');
    expect(error({ sections: ['^dev$'] })).toBe('');
    expect(builtinRules().rules.some((r) => r.when.some((c) => c.sections))).toBe(true);
  });
});
