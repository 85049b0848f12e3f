import { eachCsvRecord, readCsvRecords } from '../../../src/validate/csvRecords.js';

describe('eachCsvRecord', () => {
  it('hands over each record with its line as it is parsed, skipping rows of nothing but commas', () => {
    const seen: Array<{ cells: string[]; line: number }> = [];
    const diagnostics = eachCsvRecord({ path: 'x.csv', text: 'force,2020\nA,"1\n2"\n,\nB,3\n' }, (record) => seen.push(record));
    expect(diagnostics).toEqual([]);
    expect(seen).toEqual([
      { cells: ['force', '2020'], line: 1 },
      { cells: ['A', '1\n2'], line: 2 },
      { cells: ['B', '3'], line: 5 },
    ]);
  });

  it('reports a quote never closed as unreadable CSV, with the line it opened on, after the records before it', () => {
    const seen: number[] = [];
    const diagnostics = eachCsvRecord({ path: 'x.csv', text: 'force,2020\nA,1\nB,"2\nC,3\n' }, (record) => seen.push(record.line));
    expect(seen).toEqual([1, 2]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'x.csv', line: 3, message: expect.stringContaining('a quote opened on this line is never closed') });
  });

  it('lets an exception thrown by the visitor through as it is, not as a CSV problem', () => {
    const bug = new Error('a bug in the caller');
    expect(() => eachCsvRecord({ path: 'x.csv', text: 'a,b\n1,2\n' }, () => { throw bug; })).toThrow(bug);
  });
});

describe('readCsvRecords', () => {
  it('returns no records from a file that is not readable to the end', () => {
    const { records, diagnostics } = readCsvRecords({ path: 'x.csv', text: 'force,2020\nA,1\nB,"2\n' });
    expect(records).toEqual([]);
    expect(diagnostics).toHaveLength(1);
  });
});
