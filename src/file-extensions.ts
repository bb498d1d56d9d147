// File kinds told by extension with string comparisons, not a regex per kind: every file of a scan is asked some
// twenty of these questions, and V8 compiles each regex it runs (to bytecode, then again to native code), so on a
// pre-commit's few files the compiling of some twenty small `/\.(?:csv|tsv)$/i` regexes cost more than the
// questions (about 8M instructions of a clean commit's 230M, callgrind; bench/README.md, round 11).

/** A set of file extensions: `test(file)` is `/\.(?:a|b)$/i.test(file)` for `new Extensions('a b')`. */
export class Extensions {
  /** Each extension with its dot, lower-case (`.csv`, `.tar.gz`). */
  private readonly suffixes: string[];
  private readonly longest: number;

  /** `names`: extensions in lower-case ASCII without their leading dot, separated by spaces (`'csv tsv tar.gz'`). */
  constructor(names: string) {
    this.suffixes = names.split(' ').map((name) => `.${name}`);
    this.longest = Math.max(...this.suffixes.map((suffix) => suffix.length));
  }

  /** Whether the path ends in one of the extensions, ignoring the case of ASCII letters as a regex's `i` flag does. */
  test(file: string): boolean {
    const tail = lowerAscii(file.slice(-this.longest));
    return this.suffixes.some((suffix) => tail.endsWith(suffix));
  }
}

/**
 * The text with A-Z in lower case and every other character as it was: what a non-Unicode `i` regex equates (it never
 * folds a character past U+007F into ASCII, as `toLowerCase` folds the Kelvin sign into `k`).
 */
export function lowerAscii(text: string): string {
  let lower = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    lower += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[i];
  }
  return lower;
}

/** The last segment of a slash-separated path. */
export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
