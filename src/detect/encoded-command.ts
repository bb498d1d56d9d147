// PowerShell encoded-command views: `powershell -EncodedCommand <base64>` (also `-enc`, `-ec`, `-e`) runs a script
// given as base64 of its UTF-16LE text, as scheduled tasks, CI steps and deployment scripts pass one that sets
// `$env:NOVAMED_API_KEY = "…"` without quoting trouble. Nothing of the script is text until decoded: the view writes
// the argument as the script it encodes, on lines of its own, reported where the argument starts.
import { Extensions } from '../file-extensions.js';
import { anyIn, byteSigns } from './byte-signs.js';
import { decodeBase64Text } from './views.js';
import type { Replacement } from './views.js';

/** Files a command line is written in: scripts, CI and task definitions (a Task Scheduler export is XML). */
const COMMAND_FILE = new Extensions('ps1 psm1 bat cmd yml yaml xml sh txt log');
/** What each spelling of the parameter holds (byte signs are case-sensitive; PowerShell's parameters are not). */
const SIGNS = byteSigns([' -e', ' -E']);
/** The parameter and its argument: base64 long enough to hold a script that sets a key. */
const ENCODED_COMMAND = /[ \t]-(?:e|ec|enc|encodedcommand)[ \t]+["']?(?<b64>[A-Za-z0-9+/]{40,}={0,2})(?![\w+/=])/gi;
/** At most this many arguments are decoded in one item. */
const MAX_FOUND = 1_000;

/** Whether `bytes`, the text of `file`, may pass PowerShell an encoded command. */
export function mayHoldEncodedCommand(bytes: Buffer, file: string): boolean {
  return COMMAND_FILE.test(file) && anyIn(SIGNS, bytes);
}

/** Replacements writing each encoded command's argument as the script it decodes to. */
export function encodedCommands(latin1: string): Replacement[] {
  const found: Replacement[] = [];
  for (const m of latin1.matchAll(ENCODED_COMMAND)) {
    if (found.length >= MAX_FOUND) break;
    const b64 = m.groups!.b64!;
    const from = m.index + m[0].length - b64.length;
    const script = decodeBase64Text(b64);
    if (script !== undefined)
      found.push({
        from,
        to: from + b64.length,
        text: `\n${script}\n`,
        report: from,
        encoded: [from, from + b64.length],
      });
  }
  return found;
}
