// Registry exports: regedit and `reg export` write a value of type REG_EXPAND_SZ (`hex(2):`), REG_MULTI_SZ (`hex(7):`)
// or REG_BINARY (`hex:`) as comma-separated bytes, wrapped with `\` continuations, so neither a key nor, in a
// multi-string of `NAME=value` entries (a service's `Environment`), its name shows as text. The view writes each such
// value that holds text as a string value (`"NOVAMED_API_KEY"="…"`), a multi-string's entries one a line, so the
// ordinary bindings find the key, reported at the value's first line.
import { Extensions } from '../file-extensions.js';
import type { Replacement } from './views.js';

/** Files regedit and `reg export` write. */
export const REGISTRY_FILE = new Extensions('reg');
/** The first line of an export: version 5 files hold strings as UTF-16LE, REGEDIT4 files in the ANSI code page. */
const HEADER = /^(?:\xef\xbb\xbf)?(?<version>Windows Registry Editor Version 5\.00|REGEDIT4)\r?\n/;
/** A value written as bytes: its name (or `@`, the default value), its type, and its bytes over continued lines. */
const HEX_VALUE =
  /^(?<name>"(?:[^"\\\r\n]|\\.){1,255}"|@)=hex(?:\((?<type>[0-9a-fA-F]{1,8})\))?:(?<bytes>[0-9a-fA-F]{2}(?:,(?:\\\r?\n[ \t]*)?[0-9a-fA-F]{2}){0,65535})/gm;
/** Types whose bytes may be text: REG_BINARY, REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ. */
const TEXT_TYPES = new Set([undefined, '1', '2', '7']);
/** Text shorter than this holds no key. */
const MIN_TEXT = 8;
/** At most this many values are rewritten in one item. */
const MAX_VALUES = 100_000;

/** Whether `latin1`, the text of `file`, is a registry export. */
export function isRegistryExport(file: string, latin1Head: string): boolean {
  return REGISTRY_FILE.test(file) && HEADER.test(latin1Head);
}

/** How much of an item `isRegistryExport` reads. */
export const REGISTRY_HEAD = 48;

/**
 * Replacements writing each value that holds text as the string value it holds. Only printable ASCII is written back
 * (the view is latin1): other text, or binary data, holds no key.
 */
export function registryValues(latin1: string): Replacement[] {
  const utf16 = HEADER.exec(latin1)?.groups?.version !== 'REGEDIT4';
  const found: Replacement[] = [];
  HEX_VALUE.lastIndex = 0;
  for (let m = HEX_VALUE.exec(latin1); m && found.length < MAX_VALUES; m = HEX_VALUE.exec(latin1)) {
    const { name, type, bytes } = m.groups!;
    if (!TEXT_TYPES.has(type?.replace(/^0+/, '').toLowerCase())) continue;
    const raw = Buffer.from(bytes!.replace(/[^0-9a-fA-F]/g, ''), 'hex');
    const strings = (utf16 ? raw.toString('utf16le') : raw.toString('latin1')).replace(/\0+$/, '').split('\0');
    if (strings.join('').length < MIN_TEXT || strings.some((s) => /[^\t\x20-\x7e]/.test(s))) continue;
    const text =
      strings.length > 1 ? `${name}=\n${strings.join('\n')}\n` : `${name}="${strings[0]!.replace(/["\\]/g, '\\$&')}"`;
    found.push({ from: m.index, to: m.index + m[0].length, text, report: m.index });
  }
  return found;
}
