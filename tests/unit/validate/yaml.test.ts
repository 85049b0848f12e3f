import { parseYaml } from '../../../src/validate/yaml.js';

describe('parseYaml', () => {
  it('reads YAML 1.2 and says on which line each value stands', () => {
    const { parsed, diagnostics } = parseYaml('x.yaml', 'id: demo\nperiods:\n  current: "2019/20"\n');
    expect(diagnostics).toEqual([]);
    expect(parsed?.value).toEqual({ id: 'demo', periods: { current: '2019/20' } });
    expect(parsed?.lineOf(['periods', 'current'])).toBe(3);
    expect(parsed?.locate(['periods', 'current'])).toEqual({ line: 3, column: 13 });
  });

  it.each([
    ['phone: 0300 456 0108', 'unquoted value `0300 456 0108` reads as a number with a leading zero: quote this value'],
    ['time: 12:30', 'unquoted value `12:30` reads as a time: quote this value'],
    ['date: 2020-09-03', 'unquoted value `2020-09-03` reads as a date: quote this value'],
  ])('refuses %j', (line, message) => {
    const { parsed, diagnostics } = parseYaml('x.yaml', `a: 1\n${line}\n`);
    expect(parsed).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ line: 2, message })]);
  });

  it('keeps the same values when quoted', () => {
    const { parsed } = parseYaml('x.yaml', 'phone: "0300 456 0108"\ntime: "12:30"\n');
    expect(parsed?.value).toEqual({ phone: '0300 456 0108', time: '12:30' });
  });

  it.each(['__proto__', 'constructor'])('refuses the key %s', (key) => {
    const { diagnostics } = parseYaml('x.yaml', `ok: 1\n${key}:\n  polluted: true\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 2, message: `the key \`${key}\` is not allowed` })]);
  });

  it('refuses an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const { parsed, diagnostics } = parseYaml('bomb.yaml', bomb.join('\n'));
    expect(parsed).toBeNull();
    expect(diagnostics[0]?.message).toBe('YAML: too many aliases (more than 50)');
  });

  it('reports a syntax error at its line', () => {
    const { diagnostics } = parseYaml('x.yaml', 'a: 1\nb: [1, 2\nc: 3\n');
    expect(diagnostics[0]).toMatchObject({ file: 'x.yaml', severity: 'error' });
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(2);
  });
});
