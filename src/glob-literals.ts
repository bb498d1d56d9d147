// What text a glob needs before it can match: a necessary condition that a substring test checks for far less
// than picomatch's compile of the glob costs (about a millisecond for each of the policies' extglobs).

// Characters that stand for themselves in a glob and in a path.
const LITERAL = /[\w.-]/;
const LITERALS = /^[\w.-]+$/;
// The prefixes of an extglob group; `@(…)` and `+(…)` need one of their alternatives, the others nothing.
const EXTGLOB = '@?*+!';

/**
 * The literal parts a path must contain to match `glob`: a list of alternatives for each, of which the path
 * holds at least one (`**\/.env*[._-]@(dev|test)` needs ".env" and one of "dev", "test"). Undefined when the
 * glob has syntax this reading does not follow (escapes, nested groups, ranges, negation): then it needs
 * nothing short of its compile. With `lower`, the parts are lower-case, for a path lower-cased the same way.
 */
export function globLiterals(glob: string, lower: boolean): string[][] | undefined {
  const parts: string[][] = [];
  let run = '';
  const end = () => {
    if (run !== '') parts.push([run]);
    run = '';
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (LITERAL.test(c)) {
      run += c;
      continue;
    }
    end();
    if (c === '/' || ((c === '*' || c === '?') && glob[i + 1] !== '(')) continue;
    const group = groupAt(glob, i);
    if (!group) return undefined;
    const needed = group.kind === '[' || group.kind === '?' || group.kind === '*' || group.kind === '!';
    if (!needed && group.alternatives.every((a) => LITERALS.test(a))) parts.push(group.alternatives);
    i = group.end;
  }
  end();
  return lower ? parts.map((alternatives) => alternatives.map((a) => a.toLowerCase())) : parts;
}

/** The class, brace or extglob group that opens at `at`; undefined for anything else or a group in a group. */
function groupAt(glob: string, at: number): { kind: string; alternatives: string[]; end: number } | undefined {
  const c = glob[at]!;
  const [open, close, separator] =
    c === '['
      ? ['[', ']', '']
      : c === '{'
        ? ['{', '}', ',']
        : EXTGLOB.includes(c) && glob[at + 1] === '('
          ? ['(', ')', '|']
          : [];
  if (!open) return undefined;
  const start = c === '[' || c === '{' ? at + 1 : at + 2;
  const end = glob.indexOf(close!, start);
  if (end === -1) return undefined;
  const body = glob.slice(start, end);
  if (body.includes(open) || body.includes('\\')) return undefined;
  if (c === '{' && (!body.includes(',') || body.includes('..'))) return undefined;
  return { kind: c, alternatives: separator ? body.split(separator) : [body], end };
}
