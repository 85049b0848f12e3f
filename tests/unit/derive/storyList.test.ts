import { storiesOf } from '../../../src/derive/deriveStories.js';
import { collectGarbage } from '../../../src/build/collectGarbage.js';
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

describe('storiesOf, letting rows go', () => {
  it('holds a row no more once it is let go, so a large build frees it', async () => {
    const { valid } = await exampleCampaign();
    // Rows of its own, in a list only the story list is given, as loadAndCheck gives it.
    const { list, watched, kept } = (() => {
      const regions = valid.regions.map((r) => structuredClone(r));
      return { list: storiesOf({ ...valid, regions }), watched: new WeakRef(regions[3]!), kept: new WeakRef(regions[4]!) };
    })();
    list.letGo(3);
    // A WeakRef's target is held until the current job ends; the collection comes after.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(watched.deref()).toBeUndefined();
    expect(kept.deref()).toBeDefined();
    expect(list.at(4).region).toBe(kept.deref());
  });
});
