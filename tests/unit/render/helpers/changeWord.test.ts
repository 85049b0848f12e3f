import { changeWord } from '../../../../src/render/helpers/changeWord.js';
import { hash, thrown } from './thrown.js';

describe('changeWord', () => {
  it.each([
    ['up', 'rise'],
    ['down', 'fall'],
    ['new', 'rise'],
    ['unchanged', 'no change'],
  ])('%p => %p', (input, expected) => {
    expect(changeWord(input)).toBe(expected);
  });

  it('reads the direction of a change object', () => {
    expect(changeWord({ direction: 'down', percent: -18.18 })).toBe('fall');
  });

  it.each([
    ['up', 'rise', 'rise'],
    ['down', 'rise', 'fall'],
    ['unchanged', 'rise', 'no change'],
    ['up', 'increase', 'increase'],
    ['down', 'increase', 'decrease'],
    ['new', 'increase', 'increase'],
    ['unchanged', 'increase', 'no change'],
    ['up', 'up', 'up'],
    ['down', 'up', 'down'],
    ['new', 'up', 'up'],
    ['unchanged', 'up', 'unchanged'],
    ['up', 'rose', 'rose'],
    ['down', 'rose', 'fell'],
    ['unchanged', 'rose', 'unchanged'],
    ['up', 'rising', 'rising'],
    ['down', 'rising', 'falling'],
    ['unchanged', 'rising', 'unchanged'],
  ])('%p with form=%p => %p', (direction, form, expected) => {
    expect(changeWord(direction, hash({ form }))).toBe(expected);
  });

  it.each(['unknown', 'sideways', null, undefined, { direction: 'unknown' }, 4])('refuses %p, pointing to a branch on the direction', (input) => {
    const error = thrown(() => changeWord(input));
    expect(error.message).toMatch(/^changeWord: no word for direction /);
    expect(error.hint).toContain('offences.change.direction');
  });

  it('refuses an unknown form, listing the forms', () => {
    const error = thrown(() => changeWord('up', hash({ form: 'rises' })));
    expect(error.message).toBe('changeWord: unknown form "rises"');
    expect(error.hint).toBe('forms: "rise", "increase", "up", "rose", "rising"');
  });
});
