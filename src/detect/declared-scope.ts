// The package or namespace a source file declares at its top (Java, Kotlin, Scala and Go `package`, C# and PHP
// `namespace`): the scope every name of the file lives in, as its folder is for a file that declares none.

/** A `package` or `namespace` line among the item's first bytes (after comments, imports come after it). */
const DECLARATION = /^[ \t]*(?:package|namespace)[ \t]+([A-Za-z_][\w.\\]{0,200})[ \t]*[;{]?[ \t]*\r?$/m;

/** The package or namespace `head` (the item's first bytes) declares, lower-cased; undefined when none. */
export function declaredScopeOf(head: string): string | undefined {
  return DECLARATION.exec(head)?.[1]?.toLowerCase();
}
