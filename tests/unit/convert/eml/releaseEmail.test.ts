import { simpleParser } from 'mailparser';
import { releaseEmail, type EmailInput } from '../../../../src/convert/eml/releaseEmail.js';

/** A PNG's 8-byte signature plus a few bytes: enough to follow it through the encoding. */
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);

const input: EmailInput = {
  key: 'campaign\nnewsroom\nsynthetic-area-00042/release\n2020-09-02',
  subject: 'Offences in Synthetic Area 00042’s patch up 50%',
  to: { name: 'The Example Gazette', address: 'news@gazette.example.org' },
  from: { name: 'Example Charity', address: 'press@charity.example.org' },
  date: '2020-09-02',
  timeZone: 'Europe/London',
  text: `EMBARGOED UNTIL 00:01 Thursday 3 September 2020\n\nOffences in Synthetic Area 00042’s patch up 50%\n\n${'A long paragraph = with an equals sign and “curly quotes”. '.repeat(4)}\n`,
  html: '<p><strong>EMBARGOED UNTIL 00:01 Thursday 3 September 2020</strong></p>\n<h1>Offences up 50%</h1>\n<p><strong>Standfirst.</strong></p>\n<p>Body.</p>\n',
  chart: { png: PNG_BYTES, width: 640, height: 400, description: 'Bar chart: 1,200 then 1,800.', fileName: 'synthetic-area-00042-chart.png' },
};

describe('release email', () => {
  it('parses back into both alternatives, with the chart attached inline', async () => {
    const mail = await simpleParser(releaseEmail(input), { keepCidLinks: true });
    expect(mail.subject).toBe('Offences in Synthetic Area 00042’s patch up 50%');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : null).toEqual([{ name: 'The Example Gazette', address: 'news@gazette.example.org' }]);
    expect(mail.from?.value).toEqual([{ name: 'Example Charity', address: 'press@charity.example.org' }]);
    expect(mail.text).toBe(input.text);
    expect(mail.html).toContain('<p><strong>EMBARGOED UNTIL 00:01 Thursday 3 September 2020</strong></p>');
    expect(mail.attachments).toHaveLength(1);
    const [chart] = mail.attachments;
    expect(chart!.contentType).toBe('image/png');
    expect(chart!.contentDisposition).toBe('inline');
    expect(chart!.filename).toBe('synthetic-area-00042-chart.png');
    expect(chart!.related).toBe(true);
    expect([...chart!.content]).toEqual([...PNG_BYTES]);
    expect(mail.html).toContain(`src="cid:${chart!.cid}"`);
    expect(mail.html).toContain('alt="Bar chart: 1,200 then 1,800."');
  });

  it('puts the chart after the standfirst in the HTML', async () => {
    const mail = await simpleParser(releaseEmail(input), { keepCidLinks: true });
    const html = String(mail.html);
    expect(html.indexOf('Standfirst.')).toBeLessThan(html.indexOf('<img'));
    expect(html.indexOf('<img')).toBeLessThan(html.indexOf('Body.'));
  });

  it('is a draft: X-Unsent, a Date from the build date in UK time, a Message-ID', async () => {
    const eml = releaseEmail(input);
    const mail = await simpleParser(eml);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(eml).toContain('\r\nDate: Wed, 02 Sep 2020 00:00:00 +0100\r\n');
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@patchpress\.invalid>$/);
  });

  it('is the same bytes for the same input, and another message for another key', () => {
    expect(releaseEmail(input)).toBe(releaseEmail({ ...input }));
    const other = releaseEmail({ ...input, key: `${input.key}x` });
    expect(other).not.toBe(releaseEmail(input));
    expect(/Message-ID: (.*)/.exec(other)?.[1]).not.toBe(/Message-ID: (.*)/.exec(releaseEmail(input))?.[1]);
  });

  it('uses CRLF line ends and no line longer than 78 characters', () => {
    const eml = releaseEmail(input);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('without a chart or a sender: two alternatives only, no From', async () => {
    const mail = await simpleParser(releaseEmail({ ...input, chart: null, from: null }));
    expect(mail.attachments).toHaveLength(0);
    expect(mail.from).toBeUndefined();
    expect(mail.text).toContain('EMBARGOED UNTIL');
    expect(mail.html).toContain('Body.');
  });
});
