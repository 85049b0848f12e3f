import { TZDate, tzOffset } from '@date-fns/tz';
import { createHash } from 'node:crypto';
import { placeChartInHtml } from '../chart/placeChart.js';
import { base64Lines, CRLF, header, mailbox, quotedPrintable, rfc5322Date } from './mime.js';

export interface EmailChart {
  png: Uint8Array;
  /** Drawn size in CSS pixels (the PNG has more pixels, for sharpness). */
  width: number;
  height: number;
  description: string;
  /** Attachment name, e.g. `hampshire-chart.png`. */
  fileName: string;
}

export interface EmailInput {
  /** What makes the message unique, hashed into its Message-ID and boundaries. */
  key: string;
  subject: string;
  to: { name: string; address: string };
  from: { name: string; address: string } | null;
  /** The build date, YYYY-MM-DD, and the zone it is a day in. */
  date: string;
  timeZone: string;
  text: string;
  /** The release's sanitized HTML (no chart, no layout). */
  html: string;
  chart: EmailChart | null;
}

/** Message-IDs need a domain; `.invalid` is reserved never to resolve, and nothing is ever sent. */
const ID_DOMAIN = 'patchpress.invalid';

/**
 * A release as an email draft (.eml) addressed to a newsroom: the text and
 * HTML versions as alternatives, the chart PNG inline in the HTML by its
 * Content-ID (Outlook and Gmail do not show SVG), and `X-Unsent: 1` so mail
 * programs open it as a draft to check and send by hand. Nothing is sent.
 * The date is the build date and the Message-ID and part boundaries come from
 * a hash of `key`, so the same inputs give the same bytes.
 */
export function releaseEmail(input: EmailInput): string {
  const hash = createHash('sha256').update(input.key).digest('hex');
  const related = `=_pp_related_${hash.slice(0, 24)}`;
  const alternative = `=_pp_alternative_${hash.slice(0, 24)}`;
  const contentId = `chart-${hash.slice(0, 16)}@${ID_DOMAIN}`;

  const headers = [
    'MIME-Version: 1.0',
    `Date: ${emailDate(input.date, input.timeZone)}`,
    `Message-ID: <${hash.slice(0, 32)}@${ID_DOMAIN}>`,
    header('Subject', input.subject),
    ...(input.from ? [`From: ${mailbox(input.from.name, input.from.address)}`] : []),
    `To: ${mailbox(input.to.name, input.to.address)}`,
    'X-Unsent: 1',
  ];
  const alternatives = [
    `Content-Type: multipart/alternative;${CRLF} boundary="${alternative}"`,
    '',
    `--${alternative}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(input.text),
    `--${alternative}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(emailHtml(input, contentId)),
    `--${alternative}--`,
  ];
  if (!input.chart) return [...headers, ...alternatives, ''].join(CRLF);
  return [
    ...headers,
    `Content-Type: multipart/related; type="multipart/alternative";${CRLF} boundary="${related}"`,
    '',
    `--${related}`,
    ...alternatives,
    '',
    `--${related}`,
    `Content-Type: image/png; name="${input.chart.fileName}"`,
    'Content-Transfer-Encoding: base64',
    `Content-ID: <${contentId}>`,
    `Content-Disposition: inline; filename="${input.chart.fileName}"`,
    '',
    base64Lines(input.chart.png),
    `--${related}--`,
    '',
  ].join(CRLF);
}

/** Midnight of the build date in the campaign's zone, with that zone's offset on that day. */
function emailDate(date: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const midnight = new TZDate(year, month - 1, day, timeZone);
  return rfc5322Date({ year, month, day, weekday: midnight.getDay(), offsetMinutes: tzOffset(timeZone, midnight) });
}

/** A plain HTML email: styles inline (many mail programs drop `<style>`), the chart where the page has it. */
function emailHtml(input: EmailInput, contentId: string): string {
  const chart = input.chart;
  const content = chart
    ? placeChartInHtml(
        input.html,
        `<p><img src="cid:${contentId}" width="${chart.width}" height="${chart.height}" alt="${escapeHtml(chart.description)}" style="display:block;width:100%;max-width:${chart.width}px;height:auto;border:0"></p>`,
      )
    : input.html;
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.subject)}</title>`,
    '</head>',
    '<body style="margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">',
    `<div style="max-width:${chart ? Math.max(chart.width, 600) : 600}px;margin:0 auto">`,
    content.trim(),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
