// A tiny zip writer and reader (deflate via node:zlib, CRC-32 via zlib.crc32): enough for the WordPress
// plugin's zip, without a system `zip` or a dependency. Reads only what it writes (no zip64, no encryption).
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** Make a zip of [name, bytes] entries (names with "/"; folders are implied). */
export function writeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  // 1980-01-01 00:00: a fixed time, so the same files give the same zip.
  const time = 0;
  const date = (0 << 9) | (1 << 5) | 1;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const body = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    // The fields both headers have, in the same order: flags, method, time, date, CRC, sizes, name length.
    const shared = (buf, at) => {
      buf.writeUInt16LE(0x0800, at); // UTF-8 names
      buf.writeUInt16LE(8, at + 2); // deflate
      buf.writeUInt16LE(time, at + 4);
      buf.writeUInt16LE(date, at + 6);
      buf.writeUInt32LE(crc, at + 8);
      buf.writeUInt32LE(body.length, at + 12);
      buf.writeUInt32LE(data.length, at + 16);
      buf.writeUInt16LE(nameBytes.length, at + 20);
    };
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed
    shared(head, 6);
    head.writeUInt16LE(0, 28);
    locals.push(head, nameBytes, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    shared(central, 8);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += head.length + nameBytes.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** Read a zip made by writeZip (or any zip of stored/deflated entries): [name, bytes][], checking each CRC. */
export function readZip(zip) {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : null;
    if (!data) throw new Error(`${name}: compression method ${method} is not read`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    out.push([name, data]);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
