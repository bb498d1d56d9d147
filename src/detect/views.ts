// Encoded views: keys hidden in base64 or in HTML-entity-escaped text. Only where the text says a value is
// encoded (a decode call, a Kubernetes Secret's data, a base64-named binding, a dotenv value, an escaped attribute,
// a mail part's transfer encoding) is it decoded; the decoded item is scanned again and what only the decoding revealed is reported at the encoded
// text, never with the encoded text as its secret.

import type zlib from 'node:zlib';
import { Extensions, baseName, lowerAscii } from '../file-extensions.js';
import { ByteSign } from './byte-signs.js';
import { MAIL_FILE, QUOTED_SIGN, declaredQuotedPrintable, mimeParts } from './mime.js';

/**
 * Keywords (lower case, as the prefilter matches them) that every decode call and base64-named binding holds: the
 * keyword pass records where they are, and only the text around them is searched. The keyword pass skips ahead by
 * the byte pairs of each keyword's first four bytes, so these avoid pairs common in code and prose (`as` of
 * `base64`, `at` of `atob`, `64` before a space): `se64` stands for `base64`, `tob(` for `atob(`, `e64!` for Elixir's
 * `decode64!`, Ruby's `unpack1("m")` and `unpack("m")` by `k1("` and `k("m`, and base64-named bindings are found by
 * what ends their name (`_B64=`, `B64:`, `B64"`), and Max AI's prefixes in base64 (ENCODED_PREFIXES). None is shorter
 * than the rules' shortest keyword (4 bytes), which sets how far the pass may skip.
 */
export const VIEW_ANCHORS = ['se64', 'tob(', 'e64!', 'b64d', 'b64=', 'b64:', 'b64"', 'k1("', "k1('", 'k("m', "k('m"];
/**
 * A Max AI key's prefix names its vendor in base64 too, wherever the encoding starts: `max_prd_ak_` and `max_dev_ak_`
 * at each of the three byte alignments, cut to what the neighbouring bytes do not change (and, for the one after a
 * byte, past `eF`, a pair common in code: the keyword pass skips by the pairs its keywords start with). The base64
 * run around one is decoded whatever names it (`"encoded_env": "TUFYQUlf…"`).
 */
const ENCODED_PREFIXES = [
  'bWF4X3ByZF9ha1',
  '9wcmRfYWtf',
  'YXhfcHJkX2Fr',
  'bWF4X2Rldl9ha1',
  '9kZXZfYWtf',
  'YXhfZGV2X2Fr',
];
VIEW_ANCHORS.push(...ENCODED_PREFIXES.map((prefix) => prefix.toLowerCase()));
/**
 * Keywords that make a whole item worth a look: quotes escaped as HTML character references, or as Angular's server
 * rendering escaped its transfer state before v16 (`<script id="serverApp-state">{&q;config&q;:…`), found from the
 * `&q;:` that ends each key (`&q;` alone is shorter than the keyword pass allows).
 */
export const VIEW_FLAGS = ['&quot;', '&#34;', '&#x22;', '&q;:'];
/**
 * Keywords that make an item's character escapes worth reading without a vendor's context: a Max AI key's prefix names
 * its vendor itself, also in escapes: an escaped `_` (`\x6d\x61\x78\x5f…`, javascript-obfuscator's string tables),
 * `max\u005f` (native2ascii), a wholly escaped `max` (`\u006d\u0061\u0078…`, Java's and JSON's `\u`, Dart's and
 * Swift's `\u{6d}\u{61}`, found from its `6d`), and so `novamed`, the upper-case `NOVAMED_`, `MAIAGENT_` and `MAX_`
 * of key names, and `x-api-key` (`\u006e\u006f…`, `\u004e\u004f…`, `\u004d\u0041…`, `\u0078\u002d…`: JSON written
 * wholly in escapes, names and host included, as obfuscators and some serialisers write it), HTML's `max&#95;`, `max&#x5f;`, `max&lowbar;`, a key wholly written as
 * character references (`&#109;&#97;&#120;…`, `&#x6d;&#x61;&#x78;…`, as pages hide an address from harvesters: found from
 * the `;` ending `m`'s reference, as `&#10` would make the pass skip by the common `10`) and a URL's `max%5F`. A bare `\u005f` is
 * left out: the keyword pass would skip by its `00`, a pair common in every item (`max\` adds only `x\` to the pairs
 * `max_prd_ak_` has, `max&` only `x&`).
 */
export const VIEW_ESCAPES = [
  '\\x5f',
  'max\\u005f',
  '6d\\u0061',
  '6d}\\u{61}',
  '6e\\u006f',
  '4e\\u004f',
  '4d\\u0041',
  '78\\u002d',
  'max&#',
  'max&lowbar;',
  'max%5f',
  ';&#97;&#120;',
  ';&#x61;&#x78;',
];
/**
 * Fixed strings whose presence lets a view run, found by the keyword pass, which reads every byte of an item anyway:
 * searched on their own, `H4sI` and `SDRzSU` (how base64 of gzip, and base64 of that, starts) have no byte that is rare
 * in a lockfile's base64, and the four searches of a JSON or YAML file cost 8-13% of the engine's pass over axios's
 * history. The pass is blind to case, so a hit counts only as written here (`passSignAt`). All are longer than the
 * rules' shortest keyword (4 bytes), so the pass skips as far as before. `JhbGciOi`, `YWxnIjoi` and `FsZyI6` are
 * `"alg":` in base64 at its three alignments, as every JWS header holds it (`eyJhbGciOi…` where it comes first): their
 * first pairs (`jh`, `yw`, `fs`…) are rare in code, where `eyJ` alone would stop the pass at every `key`.
 */
export const PASS_SIGNS = [
  'H4sI',
  'SDRzSU',
  '"flags":',
  'encoding:',
  '!!binary',
  '=> Send ',
  'JhbGciOi',
  'YWxnIjoi',
  'FsZyI6',
] as const;
export type PassSign = (typeof PASS_SIGNS)[number];
const PASS_SIGN_BYTES = PASS_SIGNS.map((sign) => Buffer.from(sign, 'latin1'));
/** The pass signs as keywords, in the same order. */
export const VIEW_SIGNS = PASS_SIGNS.map((sign) => sign.toLowerCase());

/** Whether `bytes` holds pass sign number `sign` (an index of PASS_SIGNS), in its case, at `at`. */
export function passSignAt(bytes: Uint8Array, at: number, sign: number): boolean {
  const exact = PASS_SIGN_BYTES[sign]!;
  return Buffer.compare(bytes.subarray(at, at + exact.length), exact) === 0;
}

/** Whether the keyword pass saw `sign` in the item. */
export function sawSign(signs: ViewSigns, sign: PassSign): boolean {
  return (signs.passed & (1 << PASS_SIGNS.indexOf(sign))) !== 0;
}

/** What the keyword pass saw of encoded values in an item. */
export interface ViewSigns {
  /** Item offsets of VIEW_ANCHORS keywords. */
  anchors: number[];
  /** Whether a VIEW_FLAGS keyword occurs. */
  flagged: boolean;
  /** Set by `mayHoldEncoded`: the item is a YAML or JSON file naming a Secret (a Kubernetes manifest, perhaps). */
  secret?: boolean;
  /** Whether a VIEW_ESCAPES keyword occurs. */
  escapedPrefix?: boolean;
  /** Set by `mayHoldEncoded`: the item is a JSON file with `"flags"` fields (a `consul kv export`, perhaps). */
  kv?: boolean;
  /** Bit by PASS_SIGNS index: whether the pass sign occurs, in its case (`passSignAt`). */
  passed: number;
  /** Set by `mayHoldEncoded`: the item is a config file holding base64 of gzip (`H4sI…`), or base64 of that. */
  gzip?: boolean;
  /** Set by `mayHoldEncoded`: the item is a YAML file whose entries may declare their content base64 (cloud-init). */
  declared?: boolean;
  /** Set by `mayHoldEncoded`: the item is a YAML file with a value tagged `!!binary` (base64 by YAML's own type). */
  binary?: boolean;
  /** Set by `mayHoldEncoded`: the item is a text or PEM file with an armoured block (`certutil -encode`). */
  armoured?: boolean;
  /** Set by `mayHoldEncoded`: the item holds a JWS header (`eyJhbGciOi…`), whose payload may carry a key. */
  token?: boolean;
  /** Set by `mayHoldEncoded`: the item is not mail, shows a keyword and holds `=3D`, quoted-printable's `=` (a vCard). */
  quoted?: boolean;
}

/**
 * Whether an item may hold encoded values at all: most items are not read again. Anchors in data URIs
 * (`;base64,`, how a URI is written, not a value decoded in code) are dropped from `signs` first, unless the URI
 * holds text a key could be written in (a JSON config or a dotenv file offered for download, not an image or font),
 * and is not an inline source map (read as a map); `keyword`: the item showed a vendor's context or a key header. A Kubernetes Secret is told by its file name and a byte search:
 * `kind: Secret` would cost the keyword pass its common pairs.
 */
export function mayHoldEncoded(file: string, signs: ViewSigns, bytes: Buffer, keyword: boolean): boolean {
  signs.anchors = signs.anchors.filter((at) => !inDataUri(bytes, at) || textDataUri(bytes, at));
  signs.secret = MANIFEST_FILE.test(file) && SECRET_SIGN.in(bytes);
  signs.kv = JSON_FILE.test(file) && sawSign(signs, '"flags":');
  const config = isConfigFile(file);
  signs.gzip = (config || SHELL_FILE.test(file)) && (sawSign(signs, 'H4sI') || sawSign(signs, 'SDRzSU'));
  const yaml = config && YAML_FILE.test(file);
  signs.declared = yaml && sawSign(signs, 'encoding:');
  signs.binary = yaml && sawSign(signs, '!!binary');
  signs.armoured = ARMOURED_FILE.test(file) && ARMOUR_SIGN.in(bytes);
  signs.token = sawSign(signs, 'JhbGciOi') || sawSign(signs, 'YWxnIjoi') || sawSign(signs, 'FsZyI6');
  // Decoded quoted-printable binds a key by a name or prefix the keyword pass saw already: other items are not searched.
  signs.quoted = keyword && !MAIL_FILE.test(file) && QUOTED_SIGN.in(bytes);
  return (
    signs.anchors.length > 0 ||
    signs.flagged ||
    signs.secret ||
    signs.kv ||
    signs.gzip ||
    signs.declared ||
    signs.binary ||
    signs.armoured ||
    signs.token ||
    signs.quoted ||
    isDotenvFile(file) ||
    MAIL_FILE.test(file) ||
    BASE64_FILE.test(file)
  );
}

/**
 * Whether the keyword pass saw a data URI's `;base64,` in the item (before `mayHoldEncoded` drops those anchors): every
 * `base64` of the item is an anchor, so an item without one holds no data URI, and no inlined source map.
 */
export function holdsDataUri(signs: ViewSigns, bytes: Buffer): boolean {
  return signs.anchors.some((at) => inDataUri(bytes, at));
}

/** Whether the `se64` anchor at `at` ends a data URI's `;base64,`. */
function inDataUri(bytes: Buffer, at: number): boolean {
  return bytes[at - 3] === 0x3b && bytes[at + 4] === 0x2c;
}

/** Whether the data URI whose `;base64,` anchor is at `at` holds text, and is no inline source map. */
function textDataUri(bytes: Buffer, at: number): boolean {
  const head = bytes.toString('latin1', Math.max(0, at - DATA_URI_HEAD), at - 3);
  return TEXT_DATA_URI.test(head) && !head.includes('sourceMappingURL=');
}

/** How far before its `;base64,` a data URI's media type is looked for. */
const DATA_URI_HEAD = 120;
/** A data URI of text (up to its `;base64,`): plain text, JSON, YAML, XML, scripts, HTML, CSV. */
const TEXT_DATA_URI =
  /data:(?:text\/[\w.+-]+|application\/(?:json|[\w.-]+\+json|javascript|x-javascript|ecmascript|xml|[\w.-]+\+xml|ya?ml|x-ya?ml|x-sh|x-httpd-php|toml|x-www-form-urlencoded))(?:;[\w.-]+=[\w.\x22-]+)*$/i;

const NEWLINE = 0x0a;

/** Files a Kubernetes manifest may be. */
const MANIFEST_FILE = new Extensions('yml yaml json');

/** Base64 (standard or URL alphabet) long enough to hold a key. */
const B64 = '[A-Za-z0-9+/_-]{16,}={0,2}';
const Q = String.raw`["'\x60]`;

// Each form is found from a literal it must hold (a decoder's name, `buffer.from`, `echo`, `b64dec`, `b64`), never by a
// regex that could start anywhere: these run over every triggered item, megabyte bundles included.

/**
 * A decode call with a literal argument (`atob('…')`, `base64.b64decode(b'…')`, `Convert.FromBase64String("…")`;
 * also `base64.b32decode("…")`, whose base32 pads with up to six `=`).
 * The name after `decode` is bounded: unbounded, a line of `b64decodeb64decode…` made every `b64` search to the
 * line's end (45 KB took 5 s, a megabyte hours).
 */
const DECODE_CALL = new RegExp(
  String.raw`(?:atob|base64_decode|b64decode|frombase64string|decodebase64|base64decode|decode64!?|(?:base64|b64)[\w.():]{0,40}?decode\w{0,40})[ \t]*\([ \t]*[rbu]{0,2}(?<q>${Q})(?<b64>${B64}={0,4})\k<q>[^\n()]{0,40}\)`,
  'gi',
);
/** Words of which every DECODE_CALL match holds one (lower case). */
const DECODE_CALL_WORDS = ['atob', 'decode', 'frombase64string'];
/**
 * What may stand before a decode call and belongs to it: Go's second result (`key, err := …`, dropped so that the
 * key's name binds the decoded value), a call turning bytes into a string (`Encoding.UTF8.GetString(`,
 * `new String(`), and the decoder's qualifiers (`window.`, `Convert.`).
 */
const BEFORE_CALL =
  /(?<second>,[ \t]*[A-Za-z_]\w*[ \t]*(?<op>:?=)[ \t]*)?(?<wrap>(?:new[ \t]+String|(?:\[[\w.]*)?Encoding\]?(?:::|\.)\w+\.GetString|\bstring|\bstr)[ \t]*\([ \t]*)?(?:\[[\w.]+\]::)?(?:[A-Za-z_$][\w$]*\.){0,4}$/i;
/** How far before a decode call its qualifiers and wrapper are looked for. */
const BEFORE_REACH = 160;
/** The rest of a wrapper call after the decode call (`, StandardCharsets.UTF_8)`). */
const WRAP_END = /^[^\n()]{0,60}\)/;
/**
 * A call given a literal and the codec that decodes it: `Buffer.from('…', 'base64')`, Python's
 * `codecs.decode(b'…', 'base64')`, Python 2's `'…'.decode('base64')`.
 */
const CODEC_CALL = new RegExp(
  String.raw`(?:(?:buffer\.from|codecs\.decode)\([ \t]*[bu]?(?<q>${Q})(?<b64>${B64})\k<q>[ \t]*,|[bu]?(?<sq>${Q})(?<sb64>${B64})\k<sq>\.decode\()[ \t]*${Q}base64(?:url)?${Q}[ \t]*\)`,
  'gi',
);
/** Words of which every CODEC_CALL match holds one. */
const CODEC_CALL_WORDS = ['buffer.from', 'codecs.decode', '.decode('];
/**
 * A decoding method: okio's `.decodeBase64()!!.utf8()` (Kotlin), extensions named `fromBase64()` or `base64Decoded`
 * (Swift, Dart), Ruby's `.unpack1("m")` and `.unpack("m").first` (`m0`: strict base64).
 */
const DECODING_METHOD = String.raw`[ \t]*\??\.(?:(?:decode_?base64|from_?base64|base64_?decoded)(?![\w$])(?:\(\))?|unpack1\([ \t]*(?<m1>["'])m0?\k<m1>[ \t]*\)|unpack\([ \t]*(?<m>["'])m0?\k<m>[ \t]*\)(?:\.first|\[0\]))`;
/** Words of which every match of DECODING_METHOD holds one. */
const DECODING_METHOD_WORDS = [
  'decodebase64',
  'decode_base64',
  'frombase64',
  'from_base64',
  'base64decoded',
  'base64_decoded',
  'unpack',
];
/** A literal decoded by a method called on it: `"…".decodeBase64()`, `"…".unpack1("m")`. */
const DECODE_METHOD = new RegExp(String.raw`(?<q>${Q})(?<b64>${B64})\k<q>${DECODING_METHOD}`, 'gi');
/** A variable decoded by a method called on it (`ENCODED_KEY.unpack1("m")`): its bound literal is decoded. */
const METHOD_REF = new RegExp(String.raw`(?<![\w$.])(?<ref>[A-Za-z_$][\w$]{2,63})${DECODING_METHOD}`, 'gi');
/** Swift's `Data(base64Encoded: "…")`, with the `String(data: …, encoding: .utf8)` around it. */
const SWIFT_DATA = new RegExp(
  String.raw`(?:String\([ \t]*data:[ \t]*)?Data\([ \t]*base64Encoded:[ \t]*"(?<b64>${B64})"[ \t]*\)!?(?:[ \t]*,[ \t]*encoding:[ \t]*\.utf8[ \t]*\))?`,
  'g',
);
/**
 * A decode call given a variable (`Data(base64Encoded: encodedKey)`, `Buffer.from(encoded, 'base64')`,
 * `base64.b64decode(ENCODED)`): the literal bound to that variable before the call is decoded in its place. Names
 * of one or two characters are a minifier's, rebound everywhere in a bundle: not looked up.
 */
const DECODE_REF = new RegExp(
  String.raw`(?:(?:\batob|base64_decode|b64decode|frombase64string|decodebase64|base64decode|decode64!?|(?:base64|b64)[\w.():]{0,40}?decode\w{0,40}|\bbuffer\.from(?=[ \t]*\([ \t]*[A-Za-z_$][\w$]*[ \t]*,[ \t]*${Q}base64))[ \t]*\(|\bdata[ \t]*\([ \t]*base64encoded:)[ \t]*(?<ref>[A-Za-z_$][\w$]{2,63})(?=[ \t]*[,)])`,
  'gi',
);
/** Words of which every DECODE_REF match holds one. */
const DECODE_REF_WORDS = ['atob', 'decode', 'frombase64string', 'buffer.from', 'base64encoded'];
/** How far before a decode call the literal its variable holds is looked for. */
const REF_REACH = 16 * 1024;

/**
 * `echo '…' | base64 -d`, `printf '%s' '…' | openssl base64 -d -A`, `base64 -d <<< '…'`: the value is the command's
 * output, unquoted. Options may stand before and after the decode flag.
 */
const SHELL_DECODER = String.raw`(?:openssl[ \t]+(?:enc[ \t]+)?-?base64|base64)(?:[ \t]+-[A-Za-z0-9]+)*?[ \t]+(?:-d|--decode|-D)\b(?:[ \t]+-[A-Za-z0-9]+)*`;
const SHELL_DECODE = new RegExp(
  String.raw`\b(?:(?:echo|printf)[ \t]+(?:-[ne]{1,2}[ \t]+)?(?:(?<fq>["'])%s(?:\\n)?\k<fq>[ \t]+)?(?<sq>["']?)(?<b64>${B64})\k<sq>[ \t]*\|[ \t]*${SHELL_DECODER}|${SHELL_DECODER}[ \t]*<<<[ \t]*(?<hq>["']?)(?<hb64>${B64})\k<hq>(?![\w+/=]))(?<close>[ \t]*\))?`,
  'gi',
);
/** A data URI's data (`data:application/json;base64,…`), found from its `;base64,`; its media type decides. */
const DATA_URI = /;base64,(?<b64>[A-Za-z0-9+/]{16,}={0,2})/g;
/** Helm's `{{ "…" | b64dec }}`: found at the filter, the literal looked for before it. */
const HELM_FILTER = /\|[ \t]*b64dec\b/gi;
const HELM_LITERAL = new RegExp(String.raw`(?<q>["'])(?<b64>${B64})\k<q>[ \t]*$`);
/** Decoded text that is a JSON object or array holding strings. */
const JSON_DOCUMENT = /^\s*[[{][\s\S]*"[\s\S]*[\]}]\s*$/;
/** How far before a filter or a name's encoding word its literal or name is looked for. */
const BACK_REACH = 2048;
/** How far from an anchor a decode call or a binding may reach (a whole dotenv file, base64, fits). */
const WINDOW_REACH = 8192;
/** A binding whose name says its value is base64 (`NOVAMED_API_KEY_B64=…`, `"apiKeyBase64": "…"`), from the word on. */
const NAMED_B64_WORD = /b64|base64/gi;
const NAMED_B64_REST = new RegExp(
  String.raw`(?:b64|base64)\w{0,40}["']?[ \t]*(?:=|:|=>|:=)[ \t]*(?<q>["']?)(?<b64>${B64})\k<q>(?![\w+/=-])`,
  'iy',
);
/** Characters of a name before its encoding word. */
const NAME_CHAR = /[\w.$-]/;
/**
 * A mapping entry in a Kubernetes Secret (`  NOVAMED_API_KEY: bm92…`, `"NOVAMED_API_KEY": "bm92…"`), also in a flow
 * map or one-line JSON (`data: {NOVAMED_API_KEY: bm92…}`, `kubectl apply`'s last-applied annotation) and before a
 * comment.
 */
const SECRET_DATA = new RegExp(
  String.raw`(?:^[ \t]+|(?<=[{,])[ \t]*)(?:(?<name>[\w.-]+)|"(?<jname>[\w.-]+)")[ \t]*:[ \t]*(?<q>["']?)(?<b64>${B64})\k<q>(?=[ \t]*(?:[,}]|#|\r?$))`,
  'gm',
);
const SECRET_SIGN = new ByteSign('Secret');
const SECRET_KIND = /kind["']?[ \t]*:[ \t]*["']?Secret\b/;
const JSON_FILE = new Extensions('json');
/** An entry's base64 value in a `consul kv export` (`{"key": "config/novamed/api_key", "flags": 0, "value": "…"}`). */
const KV_VALUE = new RegExp(String.raw`"flags":[ \t]*\d+,\s*"value":[ \t]*"(?<b64>${B64})"`, 'g');
const CONFIG_EXTENSIONS = new Extensions('yml yaml json toml ini cfg conf xml tf tfvars tfstate env properties');
/**
 * Config files (YAML, JSON, TOML, INI, XML, Terraform, dotenv, cloud-init's `user-data`) by name: where a gzipped
 * blob is a value (cloud-init's `encoding: gzip+base64`, a seed config, a Helm release dumped with `kubectl get
 * secret -o yaml`). Code is left out: its gzipped literals come with a decode call.
 */
export function isConfigFile(file: string): boolean {
  if (CONFIG_EXTENSIONS.test(file)) return true;
  const name = lowerAscii(baseName(file));
  return name.startsWith('.env') || name === 'user-data';
}
/** Shell scripts, where a gzipped blob is a variable's value piped to `base64 -d | gunzip` by name. */
const SHELL_FILE = new Extensions('sh bash zsh ksh ps1 psm1');
/**
 * Files named base64 (`secrets.env.b64`, `google-services.json.base64`, `env.b64.txt`: how CI keeps a file in a
 * variable), their whole content the encoding, in lines as `base64` wraps them.
 */
const BASE64_FILE = new Extensions('b64 base64 b64.txt base64.txt');
const WHOLE_BASE64 = /^(?:\xef\xbb\xbf)?\s*(?<b64>[A-Za-z0-9+/_-]{16,}(?:\r?\n[A-Za-z0-9+/_-]+)*={0,2})\s*$/;
/**
 * A file armoured as a certificate (`certutil -encode .env env.txt`, how Windows moves a file through text): base64
 * between PEM lines, decoded when it is text (a real certificate is DER, never text). Looked for in the files such
 * output is written to.
 */
const ARMOURED_FILE = new Extensions('txt b64 base64 pem crt cer asc');
const ARMOUR_SIGN = new ByteSign('-----BEGIN ');
const ARMOURED = /-----BEGIN [A-Z0-9 ]{1,40}-----\r?\n(?<b64>(?:[A-Za-z0-9+/=]{1,76}\r?\n)+)-----END /g;
/** YAML files by name, and cloud-init's `user-data` (the NoCloud seed's name, no extension). */
const YAML_FILE = /\.ya?ml$|(?:^|\/)user-data$/i;
const GZIP_BLOB = /(?<![A-Za-z0-9+/])(?:H4sI|SDRzSU)[A-Za-z0-9+/]{12,}={0,2}(?![A-Za-z0-9+/=])/g;
/**
 * Decoded text that is itself wholly base64, of gzip (`H4sI…`) or of text (a value encoded twice, as a manifest's
 * `data` holds an already encoded file): decoded again.
 */
const NESTED_TEXT = /^[A-Za-z0-9+/]{16,}={0,2}\s*$/;
/** Compressed values decompressing to more than this are left alone (an archive bomb stays small). */
const MAX_GUNZIPPED = 4 * 1024 * 1024;
/**
 * A cloud-init `write_files` entry's content declared base64 (`encoding: b64`, `base64`; `gzip+base64` is base64 of
 * gzip), the declaration within the entry's lines before or after `content:`.
 */
const DECLARED_CONTENT = new RegExp(
  String.raw`^[ \t]*(?:-[ \t]+)?content:[ \t]*(?<q>["']?)(?<b64>${B64})\k<q>[ \t]*\r?$`,
  'gm',
);
const DECLARES_BASE64 =
  /^[ \t]*(?:-[ \t]+)?encoding:[ \t]*["']?(?:b64|base64|gz\+b64|gzip\+base64|gz\+base64)["']?[ \t]*\r?$/m;
/** YAML's base64 type: a scalar tagged `!!binary`, inline or as an indented block (`api_key: !!binary |`). */
const BINARY_VALUE = new RegExp(
  String.raw`!!binary[ \t]*(?:[|>][-+]?[ \t]*\r?\n(?<block>[ \t]+[A-Za-z0-9+/=]+(?:\r?\n[ \t]+[A-Za-z0-9+/=]+)*)(?=[ \t]*(?:\r?\n|$))|(?<q>["']?)(?<b64>${B64})\k<q>)`,
  'g',
);
/** Lines either side of `content:` where an entry's `encoding:` is looked for. */
const ENTRY_LINES = 4;
/**
 * A JSON object's value declared base64 beside it: a HAR response's `"content": {"text": "…", "encoding": "base64"}`
 * (either order). Found from the declaration's `base64`; the object around it, up to its braces, is searched.
 */
const JSON_DECLARATION = /"encoding"[ \t]*:[ \t]*"ba$/;
const JSON_TEXT = new RegExp(String.raw`"text"[ \t]*:[ \t]*"(?<b64>${B64})"`, 'g');
const JSON_LIKE_FILE = /\.(?:json|har)$/i;

/**
 * Content an element declares base64: Burp Suite's saved items (`<request base64="true"><![CDATA[…]]>`), XML values
 * marked `encoding="base64"`. Found from the attribute's `base64`.
 */
const DECLARED_B64 =
  /(?:\bbase64[ \t]*=[ \t]*["']true["']|\bencoding[ \t]*=[ \t]*["']base64["'])[^<>]{0,80}>[ \t]*(?:<!\[CDATA\[)?(?<b64>[A-Za-z0-9+/]{16,}={0,2})/gi;
/** A dotenv line whose whole value is base64. */
const DOTENV_VALUE = new RegExp(
  String.raw`^[ \t]*(?:export[ \t]+)?(?<name>[A-Za-z_][\w.]*)[ \t]*=[ \t]*(?<q>["']?)(?<b64>${B64})\k<q>[ \t]*\r?$`,
  'gm',
);
/** Dotenv files by name: `.env`, `.env.local`, `prod.env`, `.dev.vars`. */
export function isDotenvFile(file: string): boolean {
  const name = lowerAscii(baseName(file));
  return (
    (name.startsWith('.env') && (name.length === 4 || '.-_'.includes(name[4]!))) ||
    (name.endsWith('.env') && name.length > 4) ||
    name === '.dev.vars'
  );
}
/**
 * HTML character references that stand for quotes (and the ampersand, so that `&amp;quot;` stays as it is), and
 * Angular's transfer-state escapes (`&q;` `&s;` `&a;` `&l;` `&g;`).
 */
const ENTITY = /&(?:quot|#34|#x22|apos|#39|#x27|amp|lt|gt|[qsalg]);/gi;
export const ENTITY_TEXT: Record<string, string> = {
  '&quot;': '"',
  '&#34;': '"',
  '&#x22;': '"',
  '&apos;': "'",
  '&#39;': "'",
  '&#x27;': "'",
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&q;': '"',
  '&s;': "'",
  '&a;': '&',
  '&l;': '<',
  '&g;': '>',
};
/** Decoded values shorter than this cannot hold a key. */
const MIN_DECODED = 12;
/**
 * A JSON key between escaped quotes, followed by its colon; or an attribute's value between escaped quotes, followed
 * by the next attribute (`&lt;header name=&quot;x-api-key&quot; value=&quot;…`: markup shown as text in a page).
 */
const ESCAPED_KEY =
  /&(?:quot|#34|#x22|q);[^&"'<>\n]{1,64}&(?:quot|#34|#x22|q);(?:[ \t]*:|[ \t]+[\w:.-]{1,40}=&(?:quot|#34|#x22);)/gi;
/** How far from an escaped key its JSON is unescaped (an attribute value, not a megabyte-long minified line). */
const ENTITY_REACH = 4096;

/** One stretch of the item replaced in the view. */
export interface Replacement {
  /** Offsets of the replaced text in the item (latin1, so byte offsets). */
  from: number;
  to: number;
  /** What the view holds instead. */
  text: string;
  /** Where a finding inside the replacement is reported (the encoded literal's start). */
  report: number;
  /** The encoded literal's span: an encoded string reported as a key itself gives way to what it decodes to. */
  encoded?: [number, number];
}

/** The item as its decoded view, and how view offsets map back to it. */
export interface View {
  text: string;
  replacements: Replacement[];
  /** View offset of each replacement's start. */
  starts: number[];
}

/**
 * The decompressor of gzip (magic `1f 8b`) or zlib data (`78` and a header check: `zlib.compress` before base64 in
 * Python, `gzcompress` in PHP), or undefined for other bytes. node:zlib loads here, not with the engine: loading it
 * (streams included) was about 5% of a clean pre-commit's samples, and few runs ever decode a compressed literal.
 */
function compression(bytes: Buffer): typeof zlib.gunzipSync | undefined {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return process.getBuiltinModule('node:zlib').gunzipSync;
  if (bytes[0] === 0x78 && bytes.length > 2 && ((bytes[0] << 8) | bytes[1]!) % 31 === 0)
    return process.getBuiltinModule('node:zlib').inflateSync;
  return undefined;
}

/**
 * Decodes a base64 literal to text, or undefined when it does not decode to printable ASCII (UTF-16LE of ASCII counts,
 * read one byte a character). Base64 of gzip or zlib
 * data is text once decompressed (then UTF-8 is text too: a gzipped JSON document may hold any character), and text
 * that is itself base64 is decoded once more (a Helm release, base64 of gzip, in a Secret's `data`; a dotenv file
 * encoded twice). A key alone is no such text: its characters decoded are not printable but once in 10^10.
 */
export function decodeBase64Text(b64: string, nested = false): string | undefined {
  let bytes: Buffer = Buffer.from(b64, /[-_]/.test(b64) ? 'base64url' : 'base64');
  const gzipped = compression(bytes);
  if (gzipped) {
    try {
      bytes = gzipped(bytes, { maxOutputLength: MAX_GUNZIPPED });
    } catch {
      return undefined;
    }
  }
  bytes = asciiOfUtf16(bytes) ?? bytes;
  if (bytes.length < MIN_DECODED) return undefined;
  for (const byte of bytes) {
    if ((byte < 0x20 || (byte > 0x7e && !gzipped)) && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return undefined;
  }
  const text = bytes.toString('latin1');
  return !nested && NESTED_TEXT.test(text) ? (decodeBase64Text(text.trim(), true) ?? text) : text;
}

/**
 * The bytes of UTF-16LE text of ASCII characters one a byte (.NET's `Encoding.Unicode`, PowerShell's
 * `-EncodedCommand`, which Windows encodes so before base64), or undefined for other bytes: every second byte zero.
 */
export function asciiOfUtf16(bytes: Buffer): Buffer | undefined {
  const from = bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0;
  if (bytes.length - from < 4 || (bytes.length - from) % 2 !== 0) return undefined;
  const ascii = Buffer.alloc((bytes.length - from) / 2);
  for (let i = from; i < bytes.length; i += 2) {
    if (bytes[i + 1] !== 0 || bytes[i] === 0) return undefined;
    ascii[(i - from) / 2] = bytes[i]!;
  }
  return ascii;
}

/** A decode call of base32 that DECODE_CALL finds by its module's name (Python's `base64.b32decode("…")`). */
const BASE32_CALL = /b32|base32/i;
const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Decodes a base32 literal (RFC 4648) to printable ASCII, or undefined when it is no such text. */
function decodeBase32Text(b32: string): string | undefined {
  const digits = b32.replace(/=+$/, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const digit of digits) {
    const at = BASE32_ALPHABET.indexOf(digit);
    if (at === -1) return undefined;
    value = ((value << 5) | at) & 0x1fff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  if (bytes.length < MIN_DECODED || bytes.some((byte) => byte < 0x20 || byte > 0x7e)) return undefined;
  return String.fromCharCode(...bytes);
}

/**
 * The encoded stretches of `bytes` (an item's text) that decode to text, as replacements with byte offsets; `signs`
 * are what the keyword pass saw, `file` is the item's path. Only the windows around anchors are decoded (latin1: one
 * character per byte) unless a whole-item form applies: a megabyte lockfile or bundle with one `base64` in it was
 * decoded whole for each of its versions, the largest cost of a history scan (new external strings of a megabyte
 * or more cost about ten times as much a byte as small ones).
 */
export function findEncoded(bytes: Buffer, file: string, signs: ViewSigns): Replacement[] {
  const found: Replacement[] = [];
  const add = (
    from: number,
    to: number,
    b64: string,
    at: number,
    quote: string,
    name?: [number, string],
    lead = '',
    decode: (encoded: string) => string | undefined = decodeBase64Text,
  ) => {
    const decoded = decode(b64);
    if (decoded === undefined) return;
    // Text of several lines (a whole dotenv file), or a JSON document (a HAR response's body), starts on a line of its
    // own, so that its bindings start lines and its quotes are not taken for the literal's.
    const text =
      decoded.includes('\n') || JSON_DOCUMENT.test(decoded) ? `\n${decoded}\n` : `${lead}${quote}${decoded}${quote}`;
    found.push({ from, to, text, report: at, encoded: [at, at + b64.length] });
    // `NOVAMED_API_KEY_B64` names a NovaMed key once decoded: the view names it without the encoding.
    if (name) {
      const plain = name[1].replace(/[-_.]?(?:base64|b64)(?=[-_.]|$)/i, '');
      if (plain !== name[1] && plain !== '')
        found.push({ from: name[0], to: name[0] + name[1].length, text: plain, report: name[0] });
    }
  };
  for (const [start, end] of anchorWindows(bytes, signs.anchors)) {
    const text = bytes.toString('latin1', start, end);
    // Each form runs only where the window holds the words it needs: a source map's 16 KB windows around every
    // `base64` of its sources ran all ten regexes, a quarter of a map's scan on axios's history.
    const lower = text.toLowerCase();
    const holds = (words: readonly string[]) => words.some((word) => lower.includes(word));
    if (holds(DECODE_CALL_WORDS))
      for (const m of text.matchAll(DECODE_CALL)) {
        if (/\w/.test(text[m.index - 1] ?? '')) continue;
        const before = BEFORE_CALL.exec(text.slice(Math.max(0, m.index - BEFORE_REACH), m.index))!;
        let to = m.index + m[0].length;
        if (before.groups!.wrap) to += WRAP_END.exec(text.slice(to, to + 64))?.[0].length ?? 0;
        const { b64, q } = m.groups!;
        const lead = before.groups!.second ? ` ${before.groups!.op} ` : '';
        const at = start + m.index + m[0].indexOf(b64!, 1);
        const decode = BASE32_CALL.test(m[0].slice(0, m[0].indexOf('('))) ? decodeBase32Text : decodeBase64Text;
        add(start + m.index - before[0].length, start + to, b64!, at, q!, undefined, lead, decode);
      }
    for (const prefix of ENCODED_PREFIXES) {
      for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + prefix.length)) {
        const [from, to] = base64Run(text, at, at + prefix.length);
        // A data URI's data is the DATA_URI form's (an inline source map is read as a map).
        if (!text.endsWith(';base64,', from)) add(start + from, start + to, text.slice(from, to), start + from, '');
      }
    }
    if (text.includes(';base64,'))
      for (const m of text.matchAll(DATA_URI)) {
        const { b64 } = m.groups!;
        const at = start + m.index + m[0].length - b64!.length;
        // The anchor (`se64`) stands five bytes before the data.
        if (textDataUri(bytes, at - 5)) add(at, at + b64!.length, b64!, at, '');
      }
    if (lower.includes('base64'))
      for (const m of text.matchAll(DECLARED_B64)) {
        const { b64 } = m.groups!;
        const at = start + m.index + m[0].length - b64!.length;
        // Decoded, the element holds its value as it is: the declaration goes with the encoding (`<apiKey>…`).
        const from =
          start + m.index - (/[ \t]+$/.exec(text.slice(Math.max(0, m.index - 16), m.index))?.[0].length ?? 0);
        add(from, at + b64!.length, b64!, at, '', undefined, '>');
      }
    if (holds(CODEC_CALL_WORDS))
      for (const m of text.matchAll(CODEC_CALL)) {
        const b64 = m.groups!.b64 ?? m.groups!.sb64!;
        add(
          start + m.index,
          start + m.index + m[0].length,
          b64,
          start + m.index + m[0].indexOf(b64),
          m.groups!.q ?? m.groups!.sq!,
        );
      }
    const looked = new Set<string>();
    // The call stands for the decoded value too: `MAIAGENT_API_KEY = Base64.decode64(encoded)` names the key that
    // `encoded = "…"` only holds. It is reported at the literal.
    const decodeRef = (ref: string, call: number, end: number) => {
      const bound = boundLiteral(bytes, call, ref);
      if (!bound) return;
      if (!looked.has(ref)) add(bound.at, bound.at + bound.b64.length, bound.b64, bound.at, '');
      looked.add(ref);
      if (end > call) add(call, end, bound.b64, bound.at, '"');
    };
    if (holds(DECODE_REF_WORDS))
      for (const m of text.matchAll(DECODE_REF)) {
        const close = /^[ \t]*\)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
        decodeRef(m.groups!.ref!, start + m.index, close ? start + m.index + m[0].length + close[0].length : 0);
      }
    const method = holds(DECODING_METHOD_WORDS);
    if (method)
      for (const m of text.matchAll(METHOD_REF))
        decodeRef(m.groups!.ref!, start + m.index, start + m.index + m[0].length);
    if (method)
      for (const m of text.matchAll(DECODE_METHOD)) {
        const { b64, q } = m.groups!;
        add(start + m.index, start + m.index + m[0].length, b64!, start + m.index + 1, q!);
      }
    if (text.includes('base64Encoded:'))
      for (const m of text.matchAll(SWIFT_DATA)) {
        const { b64 } = m.groups!;
        add(start + m.index, start + m.index + m[0].length, b64!, start + m.index + m[0].indexOf(b64!), '"');
      }
    if (lower.includes('base64') && lower.includes('-d'))
      for (const m of text.matchAll(SHELL_DECODE)) {
        const b64 = m.groups!.b64 ?? m.groups!.hb64!;
        // Inside `$( … )` or backquotes the output replaces the whole substitution.
        const open = /(?:\$\(|`)[ \t]*$/.exec(text.slice(Math.max(0, m.index - 8), m.index));
        const end = m.index + m[0].length - (m.groups!.close?.length ?? 0);
        const closing = open?.[0].startsWith('`') ? /^[ \t]*`/.exec(text.slice(end, end + 8))?.[0] : m.groups!.close;
        const substituted = open !== null && closing !== undefined;
        const from = substituted ? m.index - open[0].length : m.index;
        const to = substituted ? end + closing.length : end;
        // Elsewhere the command prints the value: written as `echo "…"`, so that what it is written to (`> novamed.key`,
        // `| tee …`) binds it as it binds a plain echo.
        const at = start + m.index + m[0].indexOf(b64);
        if (substituted) add(start + from, start + to, b64, at, '');
        else add(start + from, start + to, b64, at, '"', undefined, 'echo ');
      }
    // A literal (base64, no `|`) stands after the previous filter: each stretch is searched once, not 2 KB per filter
    // (a megabyte of `|b64dec` took 1-3 s).
    let previous = 0;
    if (lower.includes('b64dec'))
      for (const m of text.matchAll(HELM_FILTER)) {
        const from = Math.max(previous, m.index - BACK_REACH);
        previous = m.index + m[0].length;
        const literal = HELM_LITERAL.exec(text.slice(from, m.index));
        if (!literal) continue;
        const at = start + from + literal.index;
        add(at, start + m.index + m[0].length, literal.groups!.b64!, at + 1, literal.groups!.q!);
      }
    for (const m of text.matchAll(NAMED_B64_WORD)) {
      NAMED_B64_REST.lastIndex = m.index;
      const rest = NAMED_B64_REST.exec(text);
      if (!rest) continue;
      let from = m.index;
      while (from > 0 && m.index - from < BACK_REACH && NAME_CHAR.test(text[from - 1]!)) from--;
      while (from < m.index && !/[A-Za-z_$]/.test(text[from]!)) from++;
      const name = text.slice(from, m.index) + /^\w*/.exec(rest[0])![0];
      const at = start + m.index + rest[0].lastIndexOf(rest.groups!.b64!);
      add(at, at + rest.groups!.b64!.length, rest.groups!.b64!, at, '', [start + from, name]);
    }
  }
  if (JSON_LIKE_FILE.test(file)) addJsonDeclared(bytes, signs.anchors, add);
  const whole = BASE64_FILE.test(file) ? WHOLE_BASE64.exec(bytes.toString('latin1')) : null;
  if (whole) {
    const at = whole.index + whole[0].indexOf(whole.groups!.b64!);
    add(at, at + whole.groups!.b64!.length, whole.groups!.b64!.replace(/\s+/g, ''), at, '');
  }
  if (signs.token) addTokenPayloads(bytes.toString('latin1'), add);
  if (signs.armoured)
    for (const m of bytes.toString('latin1').matchAll(ARMOURED)) {
      const at = m.index + m[0].indexOf(m.groups!.b64!);
      add(at, at + m.groups!.b64!.length, m.groups!.b64!.replace(/\s+/g, ''), at, '');
    }
  const dotenv = isDotenvFile(file);
  const mail = MAIL_FILE.test(file);
  if (
    !signs.secret &&
    !dotenv &&
    !signs.flagged &&
    !mail &&
    !signs.kv &&
    !signs.gzip &&
    !signs.declared &&
    !signs.binary &&
    !signs.quoted
  )
    return settle(found);
  const latin1 = bytes.toString('latin1');
  if (signs.gzip) {
    for (const m of latin1.matchAll(GZIP_BLOB)) add(m.index, m.index + m[0].length, m[0], m.index, '');
  }
  if (signs.declared) {
    for (const m of latin1.matchAll(DECLARED_CONTENT)) {
      if (!DECLARES_BASE64.test(linesAround(latin1, m.index, ENTRY_LINES))) continue;
      const at = m.index + m[0].lastIndexOf(m.groups!.b64!);
      add(at, at + m.groups!.b64!.length, m.groups!.b64!, at, '');
    }
  }
  if (signs.binary) {
    // The tag goes with the encoding: decoded, the name holds its value as it is (`api_key: …`).
    for (const m of latin1.matchAll(BINARY_VALUE)) {
      const encoded = m.groups!.block ?? m.groups!.b64!;
      const at = m.index + m[0].lastIndexOf(encoded) + (/^\s*/.exec(encoded)?.[0].length ?? 0);
      add(m.index, m.index + m[0].length, encoded.replace(/\s+/g, ''), at, '');
    }
  }
  if (signs.kv) {
    for (const m of latin1.matchAll(KV_VALUE)) {
      const at = m.index + m[0].length - m.groups!.b64!.length - 1;
      add(at, at + m.groups!.b64!.length, m.groups!.b64!, at, '');
    }
  }
  if (signs.secret && SECRET_KIND.test(latin1)) {
    for (const m of latin1.matchAll(SECRET_DATA)) {
      const at = m.index + m[0].lastIndexOf(m.groups!.b64!);
      add(at, at + m.groups!.b64!.length, m.groups!.b64!, at, '');
    }
  }
  if (dotenv) {
    for (const m of latin1.matchAll(DOTENV_VALUE)) {
      const at = m.index + m[0].lastIndexOf(m.groups!.b64!);
      add(at, at + m.groups!.b64!.length, m.groups!.b64!, at, '');
    }
  }
  if (signs.flagged) addEntities(bytes, latin1, found);
  if (mail) found.push(...mimeParts(latin1));
  else if (signs.quoted) found.push(...declaredQuotedPrintable(latin1));
  return settle(found);
}

/**
 * Values a JSON object declares base64 beside them (`"encoding": "base64"` and `"text": "…"`, a HAR response's
 * content): from each such `base64` anchor, the object around it up to its braces.
 */
function addJsonDeclared(
  bytes: Buffer,
  anchors: number[],
  add: (from: number, to: number, b64: string, at: number, quote: string) => void,
): void {
  let done = 0;
  for (const at of anchors) {
    if (at < done || !JSON_DECLARATION.test(bytes.toString('latin1', Math.max(0, at - 24), at))) continue;
    const open = bytes.subarray(Math.max(0, at - WINDOW_REACH), at).lastIndexOf(0x7b);
    const close = bytes.subarray(at, at + WINDOW_REACH).indexOf(0x7d);
    if (open === -1 || close === -1) continue;
    const from = Math.max(0, at - WINDOW_REACH) + open;
    done = at + close;
    const object = bytes.toString('latin1', from, done);
    for (const m of object.matchAll(JSON_TEXT)) {
      const start = from + m.index + m[0].lastIndexOf(m.groups!.b64!);
      add(start, start + m.groups!.b64!.length, m.groups!.b64!, start, '');
    }
  }
}

/**
 * The payloads of JWS compact tokens (`header.payload.signature`, each base64url, each a JSON object's): a session
 * token or a signed config that carries a key in its claims ships the key to whoever holds the token, so the payload
 * is decoded like any encoded literal. Only items with a header's `"alg":` in base64 (the pass signs) are searched.
 */
function addTokenPayloads(
  latin1: string,
  add: (from: number, to: number, b64: string, at: number, quote: string) => void,
): void {
  for (const m of latin1.matchAll(TOKEN)) {
    const at = m.index + m[0].length - m.groups!.payload!.length;
    add(at, at + m.groups!.payload!.length, m.groups!.payload!, at, '');
  }
}
/** A header from its `eyJ` (`{"`), then a payload long enough to hold a key, up to its signature's dot or its end. */
const TOKEN = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,1024}\.(?<payload>eyJ[A-Za-z0-9_-]{20,8192})(?![A-Za-z0-9_-])/g;

/** The base64 run (either alphabet, with its padding) holding `from`..`to` of `text`. */
function base64Run(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && BASE64_CHAR.test(text[start - 1]!)) start--;
  let body = to;
  while (body < text.length && BASE64_CHAR.test(text[body]!)) body++;
  let end = body;
  while (end < text.length && end - body < 2 && text[end] === '=') end++;
  return [start, end];
}
const BASE64_CHAR = /[A-Za-z0-9+/_-]/;

/** The `lines` lines either side of the line holding `at`. */
function linesAround(text: string, at: number, lines: number): string {
  let from = text.lastIndexOf('\n', at - 1);
  for (let i = 0; i < lines && from > 0; i++) from = text.lastIndexOf('\n', from - 1);
  let to = text.indexOf('\n', at);
  for (let i = 0; i < lines && to !== -1; i++) to = text.indexOf('\n', to + 1);
  return text.slice(from + 1, to === -1 ? text.length : to);
}

/**
 * The base64 literal last bound to `ref` before `at` (`let encodedKey = "…"`, `private static final String ENCODED
 * = "…";`, `const ENC: &str = "…"`), with its item offset.
 */
function boundLiteral(bytes: Buffer, at: number, ref: string): { at: number; b64: string } | undefined {
  const from = Math.max(0, at - REF_REACH);
  const before = bytes.toString('latin1', from, at);
  const name = ref.replace(/\$/g, '\\$');
  const binding = new RegExp(
    String.raw`(?<![\w$.])${name}(?![\w$])[^=\n;(){}]{0,40}?(?::=|=|:)[ \t]*@?[bu]?(?<q>${Q})(?<b64>${B64})\k<q>`,
    'g',
  );
  let last: RegExpExecArray | undefined;
  for (const m of before.matchAll(binding)) last = m;
  if (!last) return undefined;
  const b64 = last.groups!.b64!;
  return { at: from + last.index + last[0].lastIndexOf(b64), b64 };
}

/**
 * The stretches around anchors where a decode call or a base64-named binding could be: each anchor's line, cut to
 * WINDOW_REACH either way (a literal stands before `, 'base64')` and after `atob(`), merged where they touch.
 */
function anchorWindows(bytes: Buffer, anchors: number[]): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const at of [...anchors].sort((a, b) => a - b)) {
    const last = windows[windows.length - 1];
    if (last && at < last[1]) continue;
    const [from, to] = lineAround(bytes, at, WINDOW_REACH);
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}

/**
 * Quotes written as HTML character references where they quote JSON (`data-config="{&quot;x-api-key&quot;:…}"`):
 * around each escaped key (`&quot;name&quot;:`), within its line, every character reference is unescaped. Markup and
 * code that merely mention `&quot;` (an escaping table in a bundle) are left alone.
 */
function addEntities(bytes: Buffer, latin1: string, found: Replacement[]): void {
  let done = 0;
  for (const key of latin1.matchAll(ESCAPED_KEY)) {
    if (key.index < done) continue;
    const [start, to] = lineAround(bytes, key.index, ENTITY_REACH);
    const from = Math.max(start, done);
    ENTITY.lastIndex = from;
    for (let m = ENTITY.exec(latin1); m && m.index < to; m = ENTITY.exec(latin1)) {
      found.push({ from: m.index, to: m.index + m[0].length, text: ENTITY_TEXT[m[0].toLowerCase()]!, report: m.index });
    }
    done = to;
  }
}

/**
 * The line around `at`, cut to `reach` either way. Newlines are looked for only within the reach: on a minified
 * bundle's megabyte line, an unbounded search per anchor cost more than everything else the views do.
 */
function lineAround(bytes: Buffer, at: number, reach: number): [number, number] {
  const from = Math.max(0, at - reach);
  const before = bytes.subarray(from, at).lastIndexOf(NEWLINE);
  const after = bytes.subarray(at, at + reach).indexOf(NEWLINE);
  return [before === -1 ? from : from + before + 1, after === -1 ? Math.min(bytes.length, at + reach) : at + after];
}

/** Sorted, without overlaps (the earlier, then the longer, replacement wins). */
export function settle(found: Replacement[]): Replacement[] {
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Replacement[] = [];
  for (const r of found) if (kept.length === 0 || r.from >= kept[kept.length - 1]!.to) kept.push(r);
  return kept;
}

/** The view of `latin1` with each replacement applied. */
export function buildView(latin1: string, replacements: Replacement[]): View {
  let text = '';
  let last = 0;
  const starts: number[] = [];
  for (const r of replacements) {
    text += latin1.slice(last, r.from);
    starts.push(text.length);
    text += r.text;
    last = r.to;
  }
  return { text: text + latin1.slice(last), replacements, starts };
}

/** The item offset a view offset stands for, and the replacement it falls in (if any). */
export function toItemOffset(view: View, at: number): { offset: number; inside?: Replacement } {
  // The last replacement starting at or before `at`.
  let lo = 0;
  let hi = view.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return { offset: at };
  const r = view.replacements[lo - 1]!;
  const start = view.starts[lo - 1]!;
  if (at < start + r.text.length) return { offset: r.report, inside: r };
  return { offset: r.to + (at - start - r.text.length) };
}
