// The WordPress plugin's zip is written by scripts/zip.mjs (no system `zip`): what it writes reads back the same,
// names keep their UTF-8 and folders, and a damaged zip is refused rather than installed half-read.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain JavaScript build script without types.
import { readZip, writeZip } from '../../scripts/zip.mjs';

type Entry = [string, Buffer];

describe('plugin zip writer', () => {
  const entries: Entry[] = [
    ['level-of-care-widgets/level-of-care-widgets.php', Buffer.from('<?php\n// plugin\n'.repeat(50))],
    ['level-of-care-widgets/assets/cdn/empty.js', Buffer.alloc(0)],
    ['level-of-care-widgets/readme-ñ.txt', Buffer.from('Español: sí')],
    ['level-of-care-widgets/bytes.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
  ];

  it('reads back every file, byte for byte, in order', () => {
    const zip: Buffer = writeZip(entries);
    const back: Entry[] = readZip(zip);
    assert.deepEqual(back.map(([n]) => n), entries.map(([n]) => n));
    for (let i = 0; i < entries.length; i++) assert.ok(back[i][1].equals(entries[i][1]), entries[i][0]);
    assert.ok(zip.length < entries.reduce((n, [, d]) => n + d.length, 0), 'deflated');
  });

  it('is the same zip for the same files (no timestamps)', () => {
    assert.ok(writeZip(entries).equals(writeZip(entries)));
  });

  it('refuses a damaged zip', () => {
    const zip: Buffer = writeZip([['a.txt', Buffer.from('hello hello hello hello')]]);
    assert.throws(() => readZip(zip.subarray(0, zip.length - 30)), /not a zip|bad central/);
    // Change the CRC the central directory keeps for the only file: the check catches it.
    const flipped = Buffer.from(zip);
    const central = flipped.readUInt32LE(flipped.length - 22 + 16);
    flipped.writeUInt32LE((flipped.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
    assert.throws(() => readZip(flipped), /a\.txt: CRC mismatch/);
    assert.throws(() => readZip(Buffer.from('not a zip at all')), /not a zip/);
  });
});
