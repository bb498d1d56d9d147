// Which vendor a binding belongs to, read from the text around it: the block or section that holds it, and the
// nearest vendor or other-service mention. A generic `apiKey:` under a `novamed:` block is NovaMed's; an
// `x-api-key` in a request to an AWS API Gateway host is nobody's that keylint knows.
import type { RuleSet } from '../rules.js';
import { contentLinesAbove, indentOf, iniSection, lineStartAfter } from './block-lines.js';
import type { Vendor } from '../types.js';
import { cutsWord, mentions } from './word-piece.js';

/**
 * A vendor, another named service (`foreign`), a host that names no service keylint knows (`host`: another API, or
 * a vendor's private deployment), or nothing said.
 */
export type Attribution = Vendor | 'foreign' | 'host' | undefined;

/** How many following lines at the binding's depth count as its siblings. */
const SIBLING_LINES = 40;
/** How much of the binding's own line before it is read (minified bundles have megabyte lines). */
const OWN_LINE_BYTES = 512;
/** How far a request's host or a vendor mention counts as near a header binding. */
const NEAR_LINES = 30;
const NEAR_BYTES = 4096;

/**
 * A URL's host, and a documentation path after it when there is one (`https://httpie.io/docs#sessions` in every
 * HTTPie session file): a page about a tool, not the API a request is sent to.
 */
const URL_HOST =
  /\bhttps?:\/\/([a-z0-9.-]+)(?::[0-9]{1,5})?(\/(?:docs?|documentation|manual|guides?)(?![a-z0-9_-]))?/gi;
/**
 * A host named without a scheme (`host_rewrite_literal: api.shipfast.com`), by its common top-level domains. Not a
 * name that opens with a top-level domain (`package com.clinic.net`): that is a reverse-DNS package, not a host.
 * Nor a name before a colon and a letter (`"__export_source": "insomnia.desktop.app:v8.6.1"` in every Insomnia
 * export): an application and its version; a host's colon is followed by its port.
 */
const BARE_HOST =
  /(?<![\w.@/-])(?!(?:com|net|org|io|edu|gov)\.[a-z0-9-]+\.)((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|dev|app|cloud|ai|care|info|biz|us|uk|de|eu))(?![\w.-]|:[a-z])/gi;
/**
 * A Go import spec (`"google.golang.org/grpc/metadata"`, `zap "go.uber.org/zap"`): a module path, not a host a request
 * goes to. Read as one, gRPC's import made every host-less `x-api-key` below it another API's.
 */
const IMPORT_PATH = /^[ \t]*(?:import[ \t]+)?(?:[\w.]+[ \t]+)?"[a-z0-9.-]+\/[^"\s]*"[ \t]*(?:\/\/.*)?\r?$/;
/** Hosts that name no service a key is sent to: loopback, documentation, schema, type and code-hosting names. */
const NEUTRAL_HOST = new RegExp(
  [
    '^(?:localhost|127\\.[\\d.]+|0\\.0\\.0\\.0|host\\.docker\\.internal|[a-z0-9-]+',
    '.*\\.(?:local|localhost|test|example|internal)|(?:.*\\.)?example\\.(?:com|org|net)',
    // Protocol buffers' type URLs (`"@type": type.googleapis.com/envoy.…`, in every Envoy and gRPC config) name a type.
    'schemas?\\..*|.*json-schema\\.org|json\\.schemastore\\.org|www\\.w3\\.org|purl\\.org|xmlns\\.com|type\\.googleapis\\.com',
    '(?:www\\.)?(?:github|gitlab|npmjs|apache)\\.(?:com|org)|raw\\.githubusercontent\\.com|docs\\..*)$',
  ].join('|'),
);
/**
 * A line that opens a block: ends with `:`, `{`, `[`, `(`, `,`, `=>`, `do` (with Ruby's block parameters, `do |c|`)
 * or an XML start tag (before a comment).
 */
const OPENER = /(?:[:{[(,]|=>|\bdo(?:[ \t]*\|[^|\n]*\|)?|<[a-z][^<>]*[^/<>]>)[ \t]*(?:(?:#|\/\/).*)?\r?$/i;
/** How many lines below a binding are read for the client its name is given to. */
const GIVEN_LINES = 6;
/** How many lines of a paragraph above a binding are read for the comment that heads it. */
const HEADING_LINES = 12;
/** A line holding only a short comment (a heading, not prose), its text captured; the file's first after a BOM. */
const HEADING_COMMENT =
  /^(?:\xef\xbb\xbf|\ufeff)?[ \t]*(?:#+|\/\/+|;+|--|\/\*+|<!--)[ \t]*([^\n]{1,60}?)[ \t]*(?:\*\/|-->)?\r?$/;
/** A YAML list item's first line (`- name: maiagent`): the item's siblings end there. */
const LIST_ITEM = /^[ \t]*-[ \t]/;

/**
 * A variable named `<owner>ApiKey`, `<owner>_token`, `<owner>-secret` bound just before the literal, or read from
 * the environment with the literal as its fallback (`getenv("DJANGO_SECRET_KEY", "…")`).
 */
const OWNED_NAME =
  /(?<![A-Za-z0-9_$])\$?([A-Za-z][A-Za-z0-9]*?(?:[_.-][A-Za-z][A-Za-z0-9]*?)*?)[_.-]?(?:api[_.-]?)?(?:key|token|secret)[\]"'`]?[ \t]*(?:(?::=|=|:|=>)[ \t]*[@&]?[[({]?|\)?[ \t]*,[ \t]*(?:[a-z_]+[ \t]*[:=][ \t]*)?)[ \t]*["'`]?$/i;
/** A key name's owner: what stands before its key word (`datadog` of `datadog_api_key`, `openAi` of `openAiToken`). */
const OWNER_OF_NAME =
  /^[$@]?([A-Za-z][A-Za-z0-9]*?(?:[_.-][A-Za-z][A-Za-z0-9]*?)*?)[_.-]?(?:api[_-]?)?(?:key|token|secret)[A-Za-z0-9_]*$/i;
/**
 * Owners in a key's name that are never a vendor's: services too common as words to name a block (`monday`,
 * `gemini`, `github`), and an app's own secrets (`django`, `jwt`, `session`).
 */
const OTHER_OWNERS = new Set(
  (
    'gemini monday github gitlab docker npm pypi vercel netlify heroku azure gcp claude llama ollama whisper line ' +
    'translation translate captcha analytics segment django flask rails laravel symfony nextauth jwt csrf session ' +
    'cookie encryption signing hmac database redis postgres mysql mongo smtp mail email sms other ' +
    // AI and clinic services whose names are words too (a key name or a client class, never prose).
    'together fireworks voyage voyageai langfuse langsmith stedi pverify drchrono healthie athena athenahealth ' +
    'dosespot metriport surescripts availity elation canvas candid ' +
    // Services whose own variables abbreviate them (Cohere's `CO_API_KEY`, Cloudflare's `CF_API_TOKEN`, `S3_SECRET_KEY`).
    'co cf s3 gcs'
  ).split(' '),
);
/**
 * A record's field that names whose record it is (`{ vendor: 'segment', apiKey: … }`, `provider: "mailgun"`,
 * `'integration' => 'zendesk'`): its value, when no vendor's, says the key beside it is another's.
 */
const OWNER_FIELD =
  /(?<![a-z0-9_])(?:vendor|provider|integration)(?:[-_]?name)?["'`]?[ \t]*(?:=>|[:=])[ \t]*[:"'`]?([a-z][a-z0-9_-]{2,30})(?![a-z0-9_.:/-])/;
/**
 * The name a block's header declares (`class SentrySettings(BaseSettings):`, `module "mail" {`, `resource "…" "sentry"
 * {`): the last label, whose owner says whose keys the block holds when the header names no service outright.
 */
const DECLARED =
  /^[ \t]*(?:(?:export|public|private|internal|final|abstract|data|sealed|static|pub)[ \t]+)*(?:class|module|resource|data|struct|object|interface|record|service|provider)[ \t]+(?:["'][\w.-]+["'][ \t]+)?["']?([A-Za-z_][\w-]*)["']?/;
/** A line holding only the brace that opens a block (before a comment). */
const LONE_BRACE = /^[ \t]*\{[ \t]*(?:\/\/.*)?\r?$/;
/** An XML element that opens a block under a name (`<bean id="mailer" …>`), the name captured. */
const ELEMENT_HEADER =
  /^[ \t]*<[A-Za-z][\w:.-]*[ \t][^<>]*?\b(?:id|name|key)=["']([A-Za-z][\w.-]{0,40})["'][^<>]*(?<!\/)>/;
/** A line that opens a block under a name (`resend:`, `"Shippo": {`, `hetzner = {`), the name captured. */
const MAPPING_HEADER =
  /^[ \t]*["'`]?([A-Za-z][A-Za-z0-9_-]{0,40})["'`]?[ \t]*(?::|=|=>)[ \t]*[{[(]?[ \t]*(?:(?:#|\/\/).*)?\r?$/;
/** Names of blocks that say what they hold or where they run, not whose keys they are. */
const STRUCTURAL = new Set(
  (
    'environment environments env envs vars variables secrets secret credentials creds keys key tokens token ' +
    'authentication authorization security settings setting configuration configs options option opts params ' +
    'parameters properties props values stringdata spec template templates containers args extra extras defaults ' +
    'common global globals shared headers metadata annotations labels inputs with outputs context stages steps ' +
    'services providers integrations apis clients connections upstreams locals variable profiles profile ' +
    'overrides override base deploy deployment runtime build release stg prd secure json yaml filters filter ' +
    'routes route predicates items item collection request response query body form payload postdata meta info details ' +
    'string binary plain plaintext literal literals encoded resource program'
  ).split(' '),
);
/** Words in a key variable's name that say which key it is, not whose. */
const GENERIC_OWNERS = new Set(
  (
    'api app application client service server default prod production dev development staging stage test testing ' +
    'local live sandbox secret private public master main admin user partner primary secondary backup new old ' +
    'current auth access request header headers env config settings global shared internal external demo sample ' +
    'real valid invalid mock static const vendor provider integration clinic medical health agent chat bot model ' +
    'rest http https web mobile android backend frontend value data base root org organization team account ' +
    'project tenant customer merchant store read write full limited restricted bearer basic signing session ' +
    'request response upstream downstream remote target source origin proxy gateway webhook callback expected ' +
    'legacy fallback temp temporary dummy previous next active rotated rotating standby spare extra allowed trusted ' +
    'known stored saved cached configured provided incoming outgoing inbound outbound your their this that ' +
    // What a clinic or assistant project calls its vendor's key by what it does (PHARMACY_API_KEY, LLM_API_KEY).
    'pharmacy pharma ehr emr refill refills prescription prescriptions patient patients practitioner practitioners ' +
    'medication medications telehealth telemed clinical care healthcare med meds doctor provider providers ' +
    'assistant chatbot chatbots copilot llm support helpdesk conversation conversations message messages ' +
    'export import sync upload download report reports job jobs worker workers cron task tasks pipeline etl ' +
    'partners vendor vendors integrations connector connectors ' +
    // Objects a key is a member of (`self.api_key`, `options.apiKey`): dotted names are read for owners too.
    'self this window globalthis process module exports options opts props params conf context instance object ' +
    'args kwargs state factory manager handler builder helper wrapper adapter repository controller component ' +
    'bean holder ' +
    // What an accessor does with the key it returns (`provideApiKey()`, `loadApiKey`, a DI module's provider).
    'provide provides load loads fetch fetches resolve resolves retrieve obtain lookup supply inject'
  ).split(' '),
);

/** Reads vendor and other-service mentions out of text, with a rule set's hints. */
export class Attributor {
  private readonly vendors: Array<{ vendor: Vendor; words: string[] }>;

  /** Other things' words over a vendor's word (`supernovamed`): see word-piece.ts. */
  private readonly otherWords: string[];

  private readonly foreignAll: RegExp | undefined;

  constructor(private readonly ruleSet: RuleSet) {
    this.foreignAll = ruleSet.foreign && new RegExp(ruleSet.foreign.source, 'gi');
    this.vendors = Object.entries(ruleSet.hints).map(([vendor, hints]) => ({
      vendor: vendor as Vendor,
      words: [...(hints?.context ?? []), ...Object.values(hints?.environments ?? {}).flat()],
    }));
    this.otherWords = Object.values(ruleSet.hints).flatMap((hints) => hints?.otherWords ?? []);
  }

  /** What the binding's own line says before it (`NOVAMED = {"api_key": …}`). */
  ownLine(text: string, at: number, lineStart: number): Attribution {
    return this.classify(text.slice(Math.max(lineStart, at - OWN_LINE_BYTES), at));
  }

  /**
   * The vendor whose host the request on this line is sent to (`fetch('https://api.maxcare.ai/…', {`): the last URL
   * before `at` (a minified line holds several requests), when it is a vendor's.
   */
  ownHost(text: string, at: number, lineStart: number): Vendor | undefined {
    const lower = text.slice(Math.max(lineStart, at - OWN_LINE_BYTES), at).toLowerCase();
    let last: string | undefined;
    for (const m of lower.matchAll(URL_HOST)) last = m[1];
    return last === undefined ? undefined : this.vendorOf(last);
  }

  /**
   * `foreign` when the variable bound on this line before `at` is named for a service keylint does not know
   * (`brandfetchApiKey := "…"`, `acme_token = "…"`): for a header binding with nothing else around it, that name
   * is the only word on whose key it is. Short prefixes may abbreviate a vendor (`nmKey`), and generic words
   * (`prodApiKey`, `clientSecret`) name no service: both say nothing.
   */
  namedOwner(text: string, at: number, lineStart: number): Attribution {
    return this.ownerWords(OWNED_NAME.exec(text.slice(Math.max(lineStart, at - OWN_LINE_BYTES), at))?.[1], false);
  }

  /**
   * Whether a generic name says, against a vendor mentioned in the file, that the key is another's: its owner is a
   * known service (`GEMINI_API_KEY`, `datadog_api_key`), an app's own secret (`DJANGO_SECRET_KEY`, `JWT_SECRET`), or
   * any other word of its own (`RESEND_API_KEY`, `TURSO_AUTH_TOKEN`: a project's .env holds many services' keys beside
   * the vendor's). Words that say what a key is for (`expected_api_key`, `PHARMACY_API_KEY`, `org_export_api_key`)
   * and short ones that may abbreviate a vendor (`nm_key`) name no other service.
   */
  otherOwner(text: string, at: number, lineStart: number, name: string | undefined): boolean {
    const owners = [OWNED_NAME.exec(text.slice(Math.max(lineStart, at - OWN_LINE_BYTES), at))?.[1]];
    if (name !== undefined) owners.push(OWNER_OF_NAME.exec(name)?.[1]);
    return owners.some((owner) => owner !== undefined && this.ownerWords(owner, false) === 'foreign');
  }

  /**
   * Whose the call or map is that a generic name is an argument or entry of, on its own line: a vendor's or another
   * known service's client (`new NovaMed({ apiKey: "…" })`, `Together(api_key="…")`), or a map key naming a vendor or
   * a service of its own (`novamed:{apiKey:"…"}`, `fireworks = {"api_key": "…"}`), as `blockOf` judges blocks over
   * several lines: on a minified line that names several vendors, the innermost map says whose key it is.
   * `nameAt`: where the name starts.
   */
  enclosingOwner(text: string, nameAt: number, lineStart: number): Attribution {
    const prefix = text.slice(Math.max(lineStart, nameAt - OWN_LINE_BYTES), nameAt);
    const opened = lastOpened(prefix);
    if (opened === undefined) return undefined;
    const call = CALLED_OWNER.exec(opened);
    if (call) {
      // `voyageai.Client(`: a class named for what it is is its module's.
      const owner = call[2]!.replace(CLIENT_WORDS, '') || (call[1] ?? '');
      return owner === '' ? undefined : withoutHost(this.ownerWords(owner, true));
    }
    // A factory told which client it builds (`build_client(name="audit", …, api_key="…")`): that name says whose
    // (not any call's: `create_patient(name="Jane", …)` names a patient).
    if (FACTORY_CALL.test(opened)) return this.namedBlock(NAMED_ARGUMENT.exec(prefix.slice(opened.length))?.[1]);
    if (!opened.endsWith('{')) return undefined;
    return this.namedBlock(MAP_OWNER.exec(opened.slice(0, -1))?.[1]);
  }

  /**
   * `foreign` when the comment that ends the binding's line names another service and no vendor
   * (`API_KEY = "…"  # langfuse public key`). `end`: where the value ends.
   */
  trailingComment(text: string, end: number, lineEnd: number): Attribution {
    const comment = TRAILING_COMMENT.exec(text.slice(end, Math.min(lineEnd, end + OWN_LINE_BYTES)))?.[1];
    if (comment === undefined) return undefined;
    const said = this.classify(comment);
    if (said !== undefined) return said === 'foreign' ? said : undefined;
    return this.ownerWords(comment, true) === 'foreign' ? 'foreign' : undefined;
  }

  /**
   * The service the comment heading the binding's paragraph names: a vendor (`// MaiAgent client` over `{"key": …}`),
   * or `foreign` for another service and no vendor (`# OpenAI` over `API_KEY=…`, `// Weather widget (OpenWeather)`,
   * `# Other providers`): a .env or settings file groups each service's keys under such a heading.
   */
  headingComment(text: string, lineStart: number): Attribution {
    let start = lineStart;
    for (let lines = 0; start > 0 && lines < HEADING_LINES; lines++) {
      const end = start - 1;
      start = lineStartAfter(text, end, Math.max(0, end - OWN_LINE_BYTES));
      const line = text.slice(start, end);
      if (line.trim() === '') return undefined;
      const heading = HEADING_COMMENT.exec(line)?.[1];
      if (heading === undefined) continue;
      const said = this.classify(heading);
      if (said !== undefined) return said === 'host' ? undefined : said;
      return this.ownerWords(heading, true) === 'foreign' ? 'foreign' : undefined;
    }
    return undefined;
  }

  /**
   * `foreign` when the lines just below a binding hand its name to another service's client (`API_KEY = "…"` then
   * `client = OpenAI(api_key=API_KEY)` in a README's sample, though the README names MaiAgent elsewhere): what the
   * variable is given to says whose key it is. Only the binding's paragraph is read; a vendor's client there, or
   * none, says nothing.
   */
  givenTo(text: string, lineEnd: number, name: string): Attribution {
    if (!/^[A-Za-z_$][\w$]{2,60}$/.test(name)) return undefined;
    const end = text.indexOf('\n\n', lineEnd);
    const paragraph = text.slice(lineEnd, Math.min(end === -1 ? text.length : end, lineEnd + NEAR_BYTES));
    const use = new RegExp(
      `([A-Za-z_$][\\w$.]*)[ \\t]*\\([^()\\n]{0,80}(?<![\\w$])\\$?${name.replace(/\$/g, '\\$')}(?![\\w$])`,
    );
    const callee = use.exec(paragraph.split('\n').slice(0, GIVEN_LINES).join('\n'))?.[1];
    if (callee === undefined) return undefined;
    const owner = callee.split('.').pop()!.replace(CLIENT_WORDS, '') || callee;
    const said = this.classify(owner);
    if (said !== undefined) return said === 'foreign' ? said : undefined;
    return this.ownerWords(owner, true) === 'foreign' ? 'foreign' : undefined;
  }

  private ownerWords(owner: string | undefined, known: boolean): Attribution {
    if (owner === undefined) return undefined;
    const said = this.classify(owner);
    if (said !== undefined) return said;
    const words = owner
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[\s_.:-]+/)
      .filter((word) => word !== '');
    if (known) {
      // A brand written in camel case is split in two (`SendGridOptions`, `PagerDutyClient`): its halves rejoined.
      const joined = words.slice(1).map((word, i) => words[i] + word);
      return [...words, ...joined].some((word) => OTHER_OWNERS.has(word) || this.ruleSet.foreign?.test(word))
        ? 'foreign'
        : undefined;
    }
    const generic = (word: string) => GENERIC_OWNERS.has(word) || STRUCTURAL.has(word);
    // Short owners may abbreviate a vendor (`nm_key`), unless they are a known service's (`gcp`, `sms`, `co`).
    const named = words.filter((word) => (word.length >= 4 || OTHER_OWNERS.has(word)) && !generic(word));
    return named.length > 0 && named.length === words.filter((word) => !generic(word)).length ? 'foreign' : undefined;
  }

  /**
   * The vendor a key's own block is named for, or `foreign` when it is named for a service of its own (`resend: { apiKey: … }`, `[easypost]`,
   * `"Shippo": {`), though the file names the vendor elsewhere; blocks named for what they hold or where they run
   * (`environment:`, `credentials:`, `production:`) name nobody.
   */
  private namedBlock(name: string | undefined): Attribution {
    if (name === undefined) return undefined;
    const words = name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[\s_.:-]+/);
    if (STRUCTURAL.has(name.toLowerCase()) || words.some((word) => STRUCTURAL.has(word))) return undefined;
    return withoutHost(this.ownerWords(name, false));
  }

  /**
   * The vendor of the block holding the line that starts at `lineStart`: its siblings in the innermost indented
   * block, then each enclosing block's header outwards (and an ini/TOML `[section]`). Siblings of the outermost
   * level are the whole file, which the caller judges itself. `named`: for a key's generic name, whose own block's
   * name may say it is another service's (namedBlock).
   */
  blockOf(text: string, lineStart: number, named = false): Attribution {
    let depth = indentOf(text, lineStart);
    // Lines at the current level, before the binding: a block whose content names one vendor is that vendor's.
    let level: string[] = [];
    let innermost = depth > 0;
    // Inside a list item the lines above its `- ` line are other items (`- name: novamed` above `- name: maiagent`),
    // at the binding's own level and at each enclosing one (`- name: weather` / `config:` / `apiKey: …`).
    let inItem = LIST_ITEM.test(text.slice(lineStart, lineStart + depth + 1));
    for (const { start, line } of contentLinesAbove(text, lineStart)) {
      const section = iniSection(text, start, line);
      if (section !== undefined)
        return (
          this.classify(section) ??
          this.siblingsOf([...level, ...followingSiblings(text, lineStart, depth, false)]) ??
          (named ? this.namedBlock(section) : undefined)
        );
      const indent = indentOf(text, start);
      // A line that opens nothing (`x = 1` above an indented continuation) is not the block's header; Ruby's
      // `module NovaMed` and `class Keys < Base` open theirs with no mark at the end.
      if (indent >= depth || !(OPENER.test(line) || DECLARED.test(line))) {
        if (indent < depth || inItem) continue;
        level.push(line);
        if (indent === depth && LIST_ITEM.test(line)) inItem = true;
        continue;
      }
      const content = this.siblingsOf(
        innermost ? [...level, ...followingSiblings(text, lineStart, depth, inItem)] : level,
      );
      if (content) return content;
      // A brace on its own line (Allman style: C#, PSR-12 PHP) opens the class the line above declares.
      const above = LONE_BRACE.test(line) ? contentLinesAbove(text, start).next().value?.line : undefined;
      const head = above !== undefined && DECLARED.test(above) ? above : line;
      const header =
        this.classify(head) ??
        this.ownerWords(DECLARED.exec(head)?.[1], true) ??
        (named && innermost
          ? this.namedBlock(MAPPING_HEADER.exec(head)?.[1] ?? ELEMENT_HEADER.exec(head)?.[1])
          : undefined);
      if (header) return header;
      innermost = false;
      inItem = false;
      level = [];
      depth = indent;
      if (depth === 0) break;
    }
    return innermost ? this.siblingsOf([...level, ...followingSiblings(text, lineStart, depth, inItem)]) : undefined;
  }

  /**
   * Whether `vendor` or another service is mentioned nearer to `at`..`end`, within a few lines (hosts in URLs,
   * vendor words, other services' names); the vendor wins a tie. Keylint's other vendors are neither: a file
   * that holds a Max AI key beside a MaiAgent header says nothing against the header.
   */
  nearestTo(text: string, at: number, end: number, vendor: Vendor): Attribution {
    return this.nearest(text, at, end, [vendor], true);
  }

  /** The vendor mentioned nearest to `at`..`end` within a few lines, when a file names several. */
  nearestVendor(text: string, at: number, end: number): Attribution {
    return this.nearest(
      text,
      at,
      end,
      this.vendors.map((v) => v.vendor),
      false,
    );
  }

  /**
   * The service named nearest before `end`, within a few lines back and the match `at`..`end` included: a vendor,
   * another named service or another host. A generic form (a key query parameter, a logged `headers`) belongs to the API that the
   * code before it talks to; what comes after it is the next request's. Only hosts in URLs count: code is full of
   * bare names that read as hosts (`logger.info`, `settings.app`).
   */
  nearestService(text: string, at: number, end: number): Attribution {
    return this.nearest(
      text,
      at,
      end,
      this.vendors.map((v) => v.vendor),
      true,
      [URL_HOST],
    );
  }

  private nearest(
    text: string,
    at: number,
    end: number,
    vendors: Vendor[],
    foreign: boolean,
    hostForms: RegExp[] | undefined = undefined,
  ): Attribution {
    const ahead = hostForms === undefined;
    const [from, to] = withinDocument(
      text,
      linesBack(text, at, NEAR_LINES, NEAR_BYTES),
      ahead ? linesForward(text, end, NEAR_LINES, NEAR_BYTES) : end,
      at,
      end,
    );
    const original = text.slice(from, to);
    const region = original.toLowerCase();
    const originalAt = (index: number) => original.charCodeAt(index);
    let best: { distance: number; what: Attribution } | undefined;
    const offer = (index: number, length: number, what: Attribution): void => {
      const position = from + index;
      const distance = position + length <= at ? at - (position + length) : Math.max(0, position - end);
      if (!best || distance < best.distance || (distance === best.distance && what !== 'foreign' && what !== 'host'))
        best = { distance, what };
    };
    for (const { vendor, words } of this.vendors.filter((v) => vendors.includes(v.vendor))) {
      for (const word of words) {
        for (let i = region.indexOf(word); i !== -1; i = region.indexOf(word, i + 1)) {
          if (!cutsWord(originalAt, i, i + word.length, this.otherWords)) offer(i, word.length, vendor);
        }
      }
    }
    if (!foreign) return best?.what;
    for (const hosts of hostForms ?? [URL_HOST, BARE_HOST]) {
      for (const m of region.matchAll(hosts)) {
        if (this.vendorOf(m[1]!) || neutral(m) || (hosts === BARE_HOST && importPath(region, m.index))) continue;
        offer(m.index, m[0].length, this.otherHost(m[1]!));
      }
    }
    if (this.foreignAll) for (const m of region.matchAll(this.foreignAll)) offer(m.index, m[0].length, 'foreign');
    return best?.what;
  }

  /** The vendor a piece of text names, else `foreign` when it names another service or a host of one. */
  private classify(text: string): Attribution {
    const lower = text.toLowerCase();
    const vendor = this.vendorOf(lower, text);
    if (vendor) return vendor;
    if (this.ruleSet.foreign?.test(lower)) return 'foreign';
    const owner = OWNER_FIELD.exec(lower)?.[1];
    if (owner !== undefined && this.ownerWords(owner, false) === 'foreign') return 'foreign';
    for (const m of lower.matchAll(URL_HOST)) if (!neutral(m)) return 'host';
    return undefined;
  }

  /** A host that is no vendor's: another named service's, or one that names none. */
  private otherHost(host: string): 'foreign' | 'host' {
    return this.ruleSet.foreign?.test(host) ? 'foreign' : 'host';
  }

  /**
   * Siblings decide only when they name one vendor and nothing else; hosts first (a resource of another
   * provider whose `uri` is a vendor's host sends to that vendor).
   */
  private siblingsOf(lines: string[]): Attribution {
    const hosts = new Set<Attribution>();
    for (const line of lines) {
      for (const m of line.toLowerCase().matchAll(URL_HOST)) {
        if (!neutral(m)) hosts.add(this.vendorOf(m[1]!) ?? this.otherHost(m[1]!));
      }
    }
    if (hosts.size > 0) return only(hosts);
    return only(new Set(lines.map((line) => this.classify(line)).filter((a) => a !== undefined)));
  }

  /** The vendor whose word `lower` names; `text`, its original letter case, tells a word from a piece of one. */
  private vendorOf(lower: string, text = lower): Vendor | undefined {
    return this.vendors.find(({ words }) => words.some((word) => mentions(text, lower, word, this.otherWords)))?.vendor;
  }
}

/** A host match that names no service a key is sent to: a neutral host, or a documentation page on any host. */
function neutral(m: RegExpMatchArray): boolean {
  return m[2] !== undefined || NEUTRAL_HOST.test(m[1]!);
}

/** Whether the line of `text` holding offset `at` is a Go import spec. */
function importPath(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  return IMPORT_PATH.test(text.slice(text.lastIndexOf('\n', at) + 1, end === -1 ? text.length : end));
}

/** The one thing a set of answers says; a named service outweighs an unknown host beside it. */
function only(answers: Set<Attribution>): Attribution {
  if (answers.has('foreign')) answers.delete('host');
  return answers.size === 1 ? [...answers][0] : undefined;
}

/** The lines after the binding's own line that stay at its depth or deeper (and in its list item, if it is in one). */
/** What a block's name or a client's says of a key's vendor: a host is no name's answer. */
function withoutHost(said: Attribution): Attribution {
  return said === 'host' ? undefined : said;
}

function followingSiblings(text: string, at: number, depth: number, inItem: boolean): string[] {
  const lines: string[] = [];
  let start = text.indexOf('\n', at) + 1;
  while (start > 0 && start < text.length && lines.length < SIBLING_LINES) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim() !== '') {
      const indent = indentOf(text, start);
      // The next `[section]` ends an ini file's section as a shallower line ends an indented block.
      if (
        indent < depth ||
        (inItem && indent === depth && LIST_ITEM.test(line)) ||
        iniSection(text, start, line) !== undefined
      )
        break;
      lines.push(line);
    }
    if (end === -1) break;
    start = end + 1;
  }
  return lines;
}

/** The start of the line `lines` lines before `at`, at most `bytes` back. */
function linesBack(text: string, at: number, lines: number, bytes: number): number {
  const limit = Math.max(0, at - bytes);
  let pos = at;
  for (let i = 0; i <= lines && pos > limit; i++) pos = lineStartAfter(text, pos - 1, limit);
  return pos;
}

/** A YAML document separator line (`---`): the documents of one file (Kubernetes manifests) are apart. */
const DOCUMENT_SEPARATOR = /^---[ \t]*(?:#[^\n]*)?\r?$/gm;
/** A Markdown section heading (`## MaiAgent`): it opens the next section, not the one before it. */
const SECTION_HEADING = /^#{2,6}[ \t]+\S/gm;

/**
 * `from`..`to` cut to the YAML document holding `at`..`end`, and ended at the next Markdown section: what the next
 * resource of a manifest (another service's `apiVersion` host) or the next section of a runbook names says nothing
 * of this one's key.
 */
function withinDocument(text: string, from: number, to: number, at: number, end: number): [number, number] {
  let start = from;
  let stop = to;
  const region = text.slice(from, to);
  for (const m of region.matchAll(DOCUMENT_SEPARATOR)) {
    const position = from + m.index;
    if (position + m[0].length <= at) start = position + m[0].length;
    else if (position >= end) {
      stop = position;
      break;
    }
  }
  SECTION_HEADING.lastIndex = Math.max(0, end - from);
  const heading = SECTION_HEADING.exec(region);
  return [start, heading ? Math.min(stop, from + heading.index) : stop];
}

/** The end of the line `lines` lines after `at`, at most `bytes` on. */
function linesForward(text: string, at: number, lines: number, bytes: number): number {
  let pos = at - 1;
  for (let i = 0; i <= lines; i++) {
    pos = text.indexOf('\n', pos + 1);
    if (pos === -1) return Math.min(text.length, at + bytes);
  }
  return Math.min(pos, at + bytes);
}

/**
 * The text up to the innermost `(` or `{` still open at its end (`client = Together(` of
 * `client = Together(api_key=`), or undefined when none is (a `[` is a list or an index: no owner).
 */
function lastOpened(prefix: string): string | undefined {
  let depth = 0;
  for (let i = prefix.length - 1; i >= 0; i--) {
    const c = prefix[i]!;
    if (c === ')' || c === '}' || c === ']') depth++;
    else if (c === '(' || c === '{' || c === '[') {
      if (depth > 0) depth--;
      else return c === '[' ? undefined : prefix.slice(0, i + 1);
    }
  }
  return undefined;
}

/** A class's constructor call (`Together(`, `new voyageai.Client({`, `createFireworks(`): its module and name. */
const CALLED_OWNER =
  /(?:^|[^\w$.])(?:new[ \t]+)?(?:[A-Za-z_$][\w$]*\.)*?(?:([A-Za-z_$][\w$]*)\.)?((?:create|make)?[A-Z][A-Za-z0-9]*)[ \t]*\([ \t]*(?:\{[ \t]*)?$/;
/** What a client class's name says besides its service (`create`, `Client`, `Sdk`). */
const CLIENT_WORDS = /^(?:create|make)|(?:Async)?(?:Client|Sdk|SDK|Api|API|Config|Options|Settings|Provider)$/g;
/** A call whose name says it builds a client (`build_client(`, `newSession(`, `make_api(`). */
const FACTORY_CALL = /[A-Za-z_$][\w$]*(?:client|sdk|api|connection|connector|session|service|transport|http)[ \t]*\($/i;
/** A call's argument naming what it builds (`name="audit"`, `service: 'billing'`), before the key's argument. */
const NAMED_ARGUMENT = /(?<![\w$.])(?:name|service)[ \t]*[=:][ \t]*["'`]([A-Za-z][\w-]{1,40})["'`][ \t]*,/;
/** The key a map is the value of (`fireworks = {`, `"together": {`, `stedi => {`). */
const MAP_OWNER = /["'`]?([A-Za-z_$][\w$-]*)["'`]?[ \t]*(?::|=|=>)[ \t]*$/;
/** A comment after a value on its line (`"…",  # langfuse`, `'…'; // Together`). */
const TRAILING_COMMENT = /^["'`]?[ \t]*[,;)\]}]*[ \t]*(?:#|\/\/|\/\*|--|<!--)[ \t]*([^\n]{1,200})/;
