import { chartSpec, type ChartSpec } from '../../../../src/convert/chart/chartSpec.js';
import { chartSvg, svgSize } from '../../../../src/convert/chart/svg.js';
import { exampleCampaign, storyOf } from '../../../support/example.js';
import { allElements, parseXml, textOf } from '../../../support/xml.js';

const spec: ChartSpec = {
  id: 'chart-synthetic-area-00042',
  title: 'Offences in Synthetic Area 00042',
  context: '2018/19 to 2019/20: Synthetic Area 00042 up 50%; UK up 16%',
  kind: 'count',
  bars: [
    { period: '2017/18', value: null, current: false },
    { period: '2018/19', value: 1200, current: false },
    { period: '2019/20', value: 1800, current: true },
  ],
  source: 'Source: Example Charity',
  description: 'Bar chart of offences in Synthetic Area 00042, by year. 2017/18: not published; 2018/19: 1,200; 2019/20: 1,800.',
};

describe('chart SVG', () => {
  const svg = parseXml(chartSvg(spec));
  const texts = allElements(svg).filter((e) => e.name === 'text').map(textOf);

  it('is well-formed XML with an svg root', () => {
    expect(svg.name).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
  });

  it('is an accessible image labelled by its own title and description', () => {
    expect(svg.attributes.role).toBe('img');
    const [titleId, descId] = svg.attributes['aria-labelledby']!.split(' ');
    const title = svg.children.find((e) => e.name === 'title')!;
    const desc = svg.children.find((e) => e.name === 'desc')!;
    expect(title.attributes.id).toBe(titleId);
    expect(desc.attributes.id).toBe(descId);
    expect(textOf(title)).toBe('Offences in Synthetic Area 00042');
    expect(textOf(desc)).toBe(spec.description);
  });

  it('writes each known count on its bar, with thousands separators', () => {
    expect(texts).toEqual(expect.arrayContaining(['1,200', '1,800', '2017/18', '2018/19', '2019/20']));
  });

  it('shows a blank period as "not published", never as a zero bar', () => {
    expect(texts).toEqual(expect.arrayContaining(['not', 'published']));
    expect(texts).not.toContain('0');
    const filledBars = allElements(svg).filter((e) => e.name === 'rect' && e.attributes.fill !== 'none' && e.attributes.fill !== '#ffffff');
    expect(filledBars).toHaveLength(2);
  });

  it('draws the taller bar for the larger count', () => {
    const heights = allElements(svg)
      .filter((e) => e.name === 'rect' && e.attributes.fill !== 'none' && e.attributes.fill !== '#ffffff')
      .map((e) => Number(e.attributes.height));
    expect(heights[1]! / heights[0]!).toBeCloseTo(1800 / 1200, 2);
  });

  it('states the change beside the national one, and the source', () => {
    expect(texts).toContain('2018/19 to 2019/20: Synthetic Area 00042 up 50%; UK up 16%');
    expect(texts).toContain('Source: Example Charity');
  });

  it('escapes names with XML characters', () => {
    const tricky = chartSvg({ ...spec, title: 'Avon & Somerset <"Test">', description: "it's" });
    expect(textOf(parseXml(tricky).children.find((e) => e.name === 'title')!)).toBe('Avon & Somerset <"Test">');
  });

  it('reports its drawn size', () => {
    const size = svgSize(chartSvg(spec));
    expect(size.width).toBe(640);
    expect(size.height).toBeGreaterThan(300);
  });

  it('draws a force with no published figure as placeholders only', () => {
    const none = parseXml(chartSvg({ ...spec, bars: spec.bars.map((b) => ({ ...b, value: null })) }));
    const filled = allElements(none).filter((e) => e.name === 'rect' && e.attributes.fill !== 'none' && e.attributes.fill !== '#ffffff');
    expect(filled).toHaveLength(0);
    expect(allElements(none).filter((e) => e.name === 'text').map(textOf).filter((t) => t === 'published')).toHaveLength(3);
  });

  it('writes a real zero as 0 on the axis, with no bar', () => {
    const zero = parseXml(chartSvg({ ...spec, bars: [{ period: '2018/19', value: 0, current: false }, { period: '2019/20', value: 12, current: true }] }));
    const texts = allElements(zero).filter((e) => e.name === 'text').map(textOf);
    expect(texts).toEqual(expect.arrayContaining(['0', '12']));
    expect(texts).not.toContain('published');
    const filled = allElements(zero).filter((e) => e.name === 'rect' && e.attributes.fill !== 'none' && e.attributes.fill !== '#ffffff');
    expect(filled).toHaveLength(1);
  });

  it('gives the same bytes for the same spec', () => {
    expect(chartSvg(spec)).toBe(chartSvg({ ...spec, bars: spec.bars.map((b) => ({ ...b })) }));
  });
});

describe('chart of the example forces', () => {
  it.each([
    ['hampshire', '2018/19 to 2019/20: Hampshire up 89%; UK up 16%', 'Bar chart of online child sex offences in Hampshire, by year. 2015/16: not published; 2016/17: not published; 2017/18: 98; 2018/19: 131; 2019/20: 247. 2018/19 to 2019/20: Hampshire up 89%; UK up 16%. Source: NSPCC.'],
    ['wiltshire', '2018/19 to 2019/20: Wiltshire down 18%; UK up 16%', 'Bar chart of online child sex offences in Wiltshire, by year. 2015/16: not published; 2016/17: not published; 2017/18: not published; 2018/19: 77; 2019/20: 63. 2018/19 to 2019/20: Wiltshire down 18%; UK up 16%. Source: NSPCC.'],
    ['cumbria', '2018/19 to 2019/20: no 2018/19 figure for Cumbria; UK up 16%', 'Bar chart of online child sex offences in Cumbria, by year. 2015/16: not published; 2016/17: not published; 2017/18: not published; 2018/19: not published; 2019/20: 194. 2018/19 to 2019/20: no 2018/19 figure for Cumbria; UK up 16%. Source: NSPCC.'],
  ])('%s', async (slug, context, description) => {
    const { valid, stories } = await exampleCampaign();
    const chart = chartSpec(valid.campaign, storyOf(stories, slug));
    expect(chart.context).toBe(context);
    expect(chart.description).toBe(description);
    expect(chart.title).toBe(`Online child sex offences in ${storyOf(stories, slug).region.name}`);
  });

  it('has no national context when the campaign names none', async () => {
    const { valid, stories } = await exampleCampaign();
    const campaign = { ...valid.campaign, chart: { compare: null } };
    expect(chartSpec(campaign, storyOf(stories, 'hampshire')).context).toBe('2018/19 to 2019/20: Hampshire up 89%');
  });
});
