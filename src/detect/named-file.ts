// Files named for the value they hold: tools write one setting a file, its name the file's name and its value the
// whole content. MLflow logs each run parameter as `mlruns/<experiment>/<run>/params/<name>`, Docker and Compose
// secrets are `secrets/<name>.txt`, Kubernetes mounts a Secret's keys as files. A key there has no binding in its
// text; the view writes the file's name before it (`maiagent_api_key = "…"`) so the rules see the name they know.
import type { Replacement } from './views.js';

/** A file name that names a key (`maiagent_api_key`, `NOVAMED_API_KEY.txt`), the name captured. */
const KEY_FILE = /(?:^|\/)([A-Za-z][\w.-]*?(?:key|token|secret))(?:\.txt)?$/i;
/** Such files hold one value: anything longer is a document, not a setting. */
const MAX_BYTES = 1024;
/** One token with nothing around it but a final newline, after the byte-order mark an editor may have written. */
const ONE_VALUE = /^(\xEF\xBB\xBF)?([^\s"'`]{16,512})\r?\n?$/;

/** The name a file's whole content is the value of, if the file is named for a key and holds one token. */
export function namedValueOf(file: string, bytes: Buffer): string | undefined {
  if (bytes.length > MAX_BYTES) return undefined;
  const name = KEY_FILE.exec(file)?.[1];
  return name !== undefined && ONE_VALUE.test(bytes.toString('latin1')) ? name : undefined;
}

/** Replacements that bind the file's one value to its name: the name before the value, a quote after it. */
export function namedValue(latin1: string, name: string): Replacement[] {
  const [, bom = '', value] = ONE_VALUE.exec(latin1)!;
  const start = bom.length;
  const end = start + value!.length;
  return [
    { from: start, to: start, text: `${name} = "`, report: start },
    { from: end, to: end, text: '"', report: end },
  ];
}
