import { readZip, reproducibleZip } from '../../../src/convert/zip.js';

const entries = [
  { path: 'b/release.md', content: '# B\n' },
  { path: 'a/chart.png', content: new Uint8Array([137, 80, 78, 71]) },
];

describe('reproducible zip', () => {
  it('holds the entries in the order given, content intact', () => {
    expect(readZip(reproducibleZip(entries, '2020-09-03'))).toEqual([
      { path: 'b/release.md', content: new TextEncoder().encode('# B\n') },
      { path: 'a/chart.png', content: new Uint8Array([137, 80, 78, 71]) },
    ]);
  });

  it('gives the same bytes for the same entries and date', () => {
    const a = reproducibleZip(entries, '2020-09-03');
    const b = reproducibleZip(entries.map((e) => ({ ...e })), '2020-09-03');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('stamps every entry with noon on the date (DOS time in the local header)', () => {
    const zip = Buffer.from(reproducibleZip(entries, '2020-09-03'));
    // Local file header: signature, version, flags, method, then time and date at offsets 10 and 12.
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    const time = zip.readUInt16LE(10);
    const date = zip.readUInt16LE(12);
    expect({ hour: time >> 11, minute: (time >> 5) & 63, year: 1980 + (date >> 9), month: (date >> 5) & 15, day: date & 31 }).toEqual({ hour: 12, minute: 0, year: 2020, month: 9, day: 3 });
  });

  it('stores images as they are and deflates text', () => {
    const zip = Buffer.from(reproducibleZip(entries, '2020-09-03'));
    expect(zip.readUInt16LE(8)).toBe(8);
    const second = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4);
    expect(zip.readUInt16LE(second + 8)).toBe(0);
  });

  it('refuses two entries with one name', () => {
    expect(() => reproducibleZip([...entries, entries[0]!], '2020-09-03')).toThrow('two zip entries named b/release.md');
  });
});
