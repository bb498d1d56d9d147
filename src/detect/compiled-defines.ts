// Values a build compiles into the client it ships: a bundler's define of a public variable and Flutter's
// `--dart-define`, whose value the Dart compiler inlines wherever the app reads `String.fromEnvironment('X')`.

/** A bundler's `define` of a public variable (`'import.meta.env.VITE_X': JSON.stringify('`): the key is inlined. */
const ENV_DEFINE =
  /(?:process|import\.meta)\.env\.([A-Za-z_][A-Za-z0-9_]*)["'`]?\s*:\s*(?:JSON\.stringify\(\s*)?["'`]{0,2}$/i;
/**
 * `--dart-define=X=`, `--dart-define X=`, `--dart-define="X=` and an args list's `"--dart-define", "X=` before the
 * value, on its line.
 */
const DART_DEFINE = /--dart-define(?:[= \t]+|["'][ \t]*,[ \t]*)["']?([A-Za-z_]\w*)=["']?$/;
/** An args list's item `"X=` on a line of its own, under the `"--dart-define",` item it belongs to. */
const DEFINE_ITEM = /^[ \t]*["']([A-Za-z_]\w*)=$/;
const DART_DEFINE_ITEM_ABOVE = /["']--dart-define["'][ \t]*,[ \t]*\r?$/;

/**
 * The variable a build defines as the literal after `before` (the text on the literal's line before it, its line
 * starting at `lineStart` of `text`), or undefined when no define compiles it in.
 */
export function definedVariable(text: string, before: string, lineStart: number): string | undefined {
  const bundled = ENV_DEFINE.exec(before)?.[1];
  if (bundled !== undefined || !before.includes('=')) return bundled;
  if (before.includes('dart-define')) return DART_DEFINE.exec(before)?.[1];
  const item = DEFINE_ITEM.exec(before)?.[1];
  if (item === undefined || lineStart === 0) return undefined;
  const above = text.slice(Math.max(0, lineStart - 200), lineStart - 1);
  return DART_DEFINE_ITEM_ABOVE.test(above.slice(above.lastIndexOf('\n') + 1)) ? item : undefined;
}
