import { storiesOf } from '../../../src/derive/deriveStories.js';
import { exampleCampaign } from '../../support/example.js';

describe('storiesOf', () => {
  it('makes each region\'s story when asked, ranked against every region', async () => {
    const { valid, stories } = await exampleCampaign();
    const list = storiesOf(valid);
    expect(list.length).toBe(valid.regions.length);
    const hampshire = valid.regions.findIndex((r) => r.slug === 'hampshire');
    expect(list.at(hampshire)).toEqual(stories[hampshire]);
  });

  it('lets a region\'s row go: asking for that story again is a bug, the others are untouched', async () => {
    const { valid, stories } = await exampleCampaign();
    const list = storiesOf(valid);
    list.letGo(3);
    expect(() => list.at(3)).toThrow(/after its row was let go/);
    expect(list.at(4)).toEqual(stories[4]);
    // The campaign's own list of regions is not changed.
    expect(valid.regions[3]).toBe(stories[3]!.region);
  });
});
