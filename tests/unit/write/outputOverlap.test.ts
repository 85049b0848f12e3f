import { outputOverlap } from '../../../src/write/outputOverlap.js';

const inputs = { data: 'data', templates: 'templates' };

describe('outputOverlap', () => {
  it.each([
    ['out', null],
    ['../releases', null],
    ['/tmp/patchpress-out', null],
    ['data-out', null],
    ['.', '--out . would replace the folder patchpress runs in'],
    ['./', '--out ./ would replace the folder patchpress runs in'],
    ['..', '--out .. would replace the folder patchpress runs in (it holds it)'],
    ['/', '--out / would replace the folder patchpress runs in (it holds it)'],
    ['data', '--out data would replace the --data folder (data)'],
    ['templates/', '--out templates/ would replace the --templates folder (templates)'],
  ])('--out %p → %p', (out, expected) => {
    expect(outputOverlap(out, inputs, '/work/campaign')).toBe(expected);
  });

  it('also refuses a folder that holds the data folder given elsewhere', () => {
    expect(outputOverlap('/shared', { data: '/shared/campaign/data', templates: 'templates' }, '/work/campaign')).toBe('--out /shared would replace the --data folder (/shared/campaign/data)');
  });
});
