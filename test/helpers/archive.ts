// Archives built at run time: a minimal zip writer (so tests control flags and declared sizes) and tar/tgz.
import zlib from 'node:zlib';
import tar from 'tar-stream';

/** One zip entry; `declaredSize` lies about the uncompressed size, `encrypted` sets the flag only. */
export interface ZipEntrySpec {
  name: string;
  content?: Buffer | string;
  /** Pre-deflated data with its real size and CRC (for entries too large to hold uncompressed). */
  deflated?: { data: Buffer; size: number; crc: number };
  store?: boolean;
  declaredSize?: number;
  encrypted?: boolean;
}

/** A zip file with the given entries (deflated unless `store`). */
export function zipOf(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = typeof e.content === 'string' ? Buffer.from(e.content, 'utf8') : (e.content ?? Buffer.alloc(0));
    const data = e.deflated?.data ?? (e.store ? raw : zlib.deflateRawSync(raw));
    const size = e.declaredSize ?? e.deflated?.size ?? raw.length;
    const crc = e.deflated?.crc ?? zlib.crc32(raw);
    const method = e.store ? 0 : 8;
    const flags = (e.encrypted ? 1 : 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** `bytes` zero bytes, deflated in a stream so that the uncompressed form is never held. */
export async function deflatedZeros(bytes: number): Promise<{ data: Buffer; size: number; crc: number }> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const chunk = Buffer.alloc(1 << 20);
  let crc = 0;
  for (let left = bytes; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = zlib.crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await new Promise((r) => deflate.on('end', r));
  return { data: Buffer.concat(out), size: bytes, crc };
}

/** A tar file (gzipped when `gzip`) with the given entries. */
export async function tarOf(entries: Array<{ name: string; content: Buffer | string }>, gzip = false): Promise<Buffer> {
  const pack = tar.pack();
  for (const e of entries)
    pack.entry({ name: e.name }, typeof e.content === 'string' ? Buffer.from(e.content) : e.content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack as AsyncIterable<Buffer>) chunks.push(chunk);
  const buffer = Buffer.concat(chunks);
  return gzip ? zlib.gzipSync(buffer) : buffer;
}

/**
 * An Electron `.asar` as `@electron/asar` packs one: a size field (4), the header pickle's size, the pickle (its
 * payload's size, the JSON's length, the JSON, padded to 4 bytes), then each file's bytes at its `offset`.
 */
export function asarOf(entries: Array<{ name: string; content: Buffer | string; unpacked?: boolean }>): Buffer {
  const root: { files: Record<string, unknown> } = { files: {} };
  const bodies: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const content = typeof e.content === 'string' ? Buffer.from(e.content, 'utf8') : e.content;
    const parts = e.name.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      dir.files[part] ??= { files: {} };
      dir = dir.files[part] as typeof root;
    }
    if (e.unpacked) {
      dir.files[parts[parts.length - 1]!] = { size: content.length, unpacked: true };
      continue;
    }
    dir.files[parts[parts.length - 1]!] = { size: content.length, offset: String(offset) };
    bodies.push(content);
    offset += content.length;
  }
  const json = Buffer.from(JSON.stringify(root), 'utf8');
  const padded = Buffer.alloc(8 + json.length + ((4 - (json.length % 4)) % 4));
  padded.writeUInt32LE(padded.length - 4, 0);
  padded.writeUInt32LE(json.length, 4);
  json.copy(padded, 8);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(4, 0);
  head.writeUInt32LE(padded.length, 4);
  return Buffer.concat([head, padded, ...bodies]);
}

/**
 * A Chrome extension as the Web Store serves one (CRX3): `Cr24`, the version, the signed header's length and the
 * header (its signatures' protobuf; filler bytes here), then the zip.
 */
export function crxOf(zip: Buffer): Buffer {
  const header = Buffer.alloc(64, 0x5a);
  const head = Buffer.alloc(12);
  head.write('Cr24', 0, 'latin1');
  head.writeUInt32LE(3, 4);
  head.writeUInt32LE(header.length, 8);
  return Buffer.concat([head, header, zip]);
}
