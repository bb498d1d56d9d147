// Byte signs: the fixed strings whose presence lets an item's views run (`=> Send ` of a curl trace, `"flags":` of a
// consul export, `1b[` of an escaped terminal sequence). Each is searched over the whole item, so their cost is per byte
// of every item: Node's search scans for a sign's first byte, and `=`, `"` or `1` stop it every few bytes of a lockfile
// or a bundle (`=> Send ` ran at 0.2-0.6 GB/s there, `"flags":` at 0.9). A sign is searched from its rarest byte
// instead, and the bytes before that are compared where it is found: the same answer, at memchr's speed.

/**
 * Printable bytes and whitespace from the most to the least common in code (counted over the 451 MB of axios's
 * history: sources, bundles, maps, lockfiles, Markdown); bytes not listed are rarer than any listed.
 */
const BY_FREQUENCY = Buffer.from(
  ' e"rtsnoAia,\n.dlpu:/cgh-mC0fv1ybE=2;}{\\)(jxwIOG53kMBzS4\'qTKRU6D7QP8F*NLH9W+^VYJ_ZX`@][>&|\t#?!$<~%\r',
  'latin1',
);
const RANK = new Uint8Array(256).fill(BY_FREQUENCY.length);
BY_FREQUENCY.forEach((byte, i) => {
  RANK[byte] = i;
});

/** A fixed byte string to look for in whole items. */
export class ByteSign {
  /** The sign from its rarest byte on: what the native search looks for. */
  private readonly rest: Buffer;
  /** The bytes before that, compared where `rest` is found. */
  private readonly lead: Buffer;

  constructor(sign: string | Buffer) {
    const bytes = typeof sign === 'string' ? Buffer.from(sign, 'latin1') : sign;
    // The native search compares the rest of `rest` itself: a one-byte rest would come back to JavaScript at each
    // occurrence of that byte (each `[` of a bundle, for `1b[`), so the rest is two bytes at least.
    let rarest = 0;
    for (let i = 1; i < bytes.length - 1; i++) if (RANK[bytes[i]!]! > RANK[bytes[rarest]!]!) rarest = i;
    this.lead = bytes.subarray(0, rarest);
    this.rest = bytes.subarray(rarest);
  }

  /** Whether `bytes` holds the sign. */
  in(bytes: Buffer): boolean {
    const { lead, rest } = this;
    const k = lead.length;
    for (let at = bytes.indexOf(rest, k); at !== -1; at = bytes.indexOf(rest, at + 1)) {
      let i = 0;
      while (i < k && bytes[at - k + i] === lead[i]) i++;
      if (i === k) return true;
    }
    return false;
  }
}

/** Signs for `anyIn`. */
export function byteSigns(signs: ReadonlyArray<string | Buffer>): ByteSign[] {
  return signs.map((sign) => new ByteSign(sign));
}

/** Whether `bytes` holds any of `signs`. */
export function anyIn(signs: readonly ByteSign[], bytes: Buffer): boolean {
  return signs.some((sign) => sign.in(bytes));
}

/**
 * Signs that hold one byte in common, searched in one pass from that byte: each place it is found is checked for every
 * sign around it, a sign's every occurrence holding the byte at the sign's own offset of it. For signs whose rarest
 * byte ends them (`1b[` and `033[` end in `[`, rarer in most items than the `b` or `3` that ByteSign must start from)
 * this is one pass where `anyIn` made two: on axios's history 24 ms for the lockfiles where the two took 100 ms, and
 * half of theirs on sources and maps. Not for a byte that is common where the signs are rare (a backslash in a source
 * map): each place found comes back to JavaScript.
 */
export class SharedByteSigns {
  private readonly signs: Array<{ bytes: Buffer; offset: number }>;

  constructor(
    private readonly byte: number,
    signs: ReadonlyArray<string>,
  ) {
    this.signs = signs.map((sign) => {
      const bytes = Buffer.from(sign, 'latin1');
      const offset = bytes.indexOf(byte);
      if (offset === -1) throw new Error(`sign ${JSON.stringify(sign)} lacks the shared byte`);
      return { bytes, offset };
    });
  }

  /** Whether `bytes` holds any of the signs. */
  in(bytes: Buffer): boolean {
    for (let at = bytes.indexOf(this.byte); at !== -1; at = bytes.indexOf(this.byte, at + 1)) {
      for (const { bytes: sign, offset } of this.signs) {
        const start = at - offset;
        const end = start + sign.length;
        if (start >= 0 && end <= bytes.length && bytes.compare(sign, 0, sign.length, start, end) === 0) return true;
      }
    }
    return false;
  }
}
