// A JavaScript module's directive prologue: the string statements before its first code ('use client', 'use server').
// React frameworks decide by it which modules ship to the browser, so a policy can ask for it (`"directives"`).

/** Bytes read from an item's start: comments and a few directives fit many times over. */
export const PROLOGUE_BYTES = 4096;

const SPACE_OR_COMMENT = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/;
// A string statement ends at `;`, a line break or a comment: `'use client'.length` is an expression, no directive.
const DIRECTIVE = /^(['"])([A-Za-z][\w -]{0,39})\1[ \t]*(?:;|(?=\r?\n|\/[/*]|$))/;

/** The directives that open `head` (the item's first bytes), in order; none for a file that opens with code. */
export function directivesOf(head: string): string[] {
  let rest = head.startsWith('\uFEFF') ? head.slice(1) : head.startsWith('\xEF\xBB\xBF') ? head.slice(3) : head;
  const found: string[] = [];
  for (;;) {
    const skipped = SPACE_OR_COMMENT.exec(rest);
    if (skipped) {
      rest = rest.slice(skipped[0].length);
      continue;
    }
    const directive = DIRECTIVE.exec(rest);
    if (!directive) return found;
    found.push(directive[2]!);
    rest = rest.slice(directive[0].length);
  }
}
