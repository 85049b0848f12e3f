import { barLabel, type ChartSpec } from './chartSpec.js';

/**
 * Fonts in order of preference. Browsers find Arial or Helvetica; the PNG
 * renderer is given DejaVu Sans only (from the dejavu-fonts-ttf package), so
 * every machine draws the same pixels. DejaVu is the wider of them, and the
 * layout below measures for it, so text fits in either.
 */
export const CHART_FONT_FAMILY = 'Arial, Helvetica, DejaVu Sans, sans-serif';

const COLOURS = {
  text: '#1a1a1a',
  muted: '#555555',
  axis: '#767676',
  /** 4.6:1 and 8.6:1 on white: both pass the 3:1 asked of graphics (WCAG 1.4.11). */
  bar: '#5b7fb3',
  current: '#1d4f91',
};

/** DejaVu Sans's average advance is about 0.6 of the font size; a little over it keeps lines inside the box. */
const CHAR_WIDTH = 0.62;

const LAYOUT = {
  minWidth: 640,
  slot: 104,
  margin: 28,
  titleSize: 20,
  contextSize: 14,
  labelSize: 14,
  smallSize: 12,
  plotHeight: 200,
};

/**
 * The chart as an SVG document: a bar per period with its value written
 * above it, a blank period drawn as an outlined placeholder marked "not
 * published" (never as a zero bar), the current period darker, and the
 * force's change beside the national one. Accessible: `role="img"` with
 * `aria-labelledby` naming its `<title>` and `<desc>`, which carry every
 * figure in words. A string, built without a browser or a charting library:
 * the same spec gives the same bytes.
 */
export function chartSvg(spec: ChartSpec): string {
  const { margin, slot, titleSize, contextSize, labelSize, smallSize, plotHeight } = LAYOUT;
  const width = Math.max(LAYOUT.minWidth, 2 * margin + spec.bars.length * slot);
  const textWidth = width - 2 * margin;
  const titleLines = wrap(spec.title, textWidth, titleSize);
  const contextLines = spec.context ? wrap(spec.context, textWidth, contextSize) : [];

  const out: string[] = [];
  let y = margin + titleSize;
  for (const line of titleLines) {
    out.push(text(margin, y, line, { size: titleSize, weight: 'bold' }));
    y += Math.round(titleSize * 1.25);
  }
  y += 2;
  for (const line of contextLines) {
    out.push(text(margin, y, line, { size: contextSize, fill: COLOURS.muted }));
    y += Math.round(contextSize * 1.35);
  }

  const plotTop = y + labelSize + 16;
  const axisY = plotTop + plotHeight;
  const max = Math.max(0, ...spec.bars.map((b) => b.value ?? 0));
  const barWidth = Math.round(slot * 0.68);
  const left = Math.round((width - spec.bars.length * slot) / 2);
  spec.bars.forEach((bar, i) => {
    const centre = left + i * slot + slot / 2;
    const x = centre - barWidth / 2;
    if (bar.value === null) {
      const h = 44;
      out.push(`<rect x="${x}" y="${axisY - h}" width="${barWidth}" height="${h}" fill="none" stroke="${COLOURS.axis}" stroke-width="1" stroke-dasharray="4 3"/>`);
      out.push(text(centre, axisY - h + 18, 'not', { size: smallSize, anchor: 'middle', fill: COLOURS.muted, style: 'italic' }));
      out.push(text(centre, axisY - h + 33, 'published', { size: smallSize, anchor: 'middle', fill: COLOURS.muted, style: 'italic' }));
    } else {
      const h = max === 0 ? 0 : Math.max(bar.value > 0 ? 1 : 0, round1((bar.value / max) * plotHeight));
      const fill = bar.current ? COLOURS.current : COLOURS.bar;
      if (h > 0) out.push(`<rect x="${x}" y="${round1(axisY - h)}" width="${barWidth}" height="${h}" fill="${fill}"/>`);
      out.push(text(centre, round1(axisY - h - 8), barLabel(bar.value, spec.kind), { size: labelSize, anchor: 'middle', weight: bar.current ? 'bold' : 'normal' }));
    }
    out.push(text(centre, axisY + labelSize + 8, bar.period, { size: labelSize, anchor: 'middle', weight: bar.current ? 'bold' : 'normal' }));
  });
  out.push(`<line x1="${left}" y1="${axisY}" x2="${left + spec.bars.length * slot}" y2="${axisY}" stroke="${COLOURS.axis}" stroke-width="1"/>`);
  const sourceY = axisY + labelSize + 8 + smallSize + 18;
  out.push(text(margin, sourceY, spec.source, { size: smallSize, fill: COLOURS.muted }));
  const height = sourceY + margin - 8;

  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${escapeXml(CHART_FONT_FAMILY)}">`,
    `<title id="${titleId}">${escapeXml(spec.title)}</title>`,
    `<desc id="${descId}">${escapeXml(spec.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}

/** The drawn size, for an `<img>` or a Word picture of the chart. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  if (!match) throw new Error('chartSvg output has no width and height');
  return { width: Number(match[1]), height: Number(match[2]) };
}

interface TextStyle {
  size: number;
  anchor?: 'start' | 'middle';
  weight?: 'normal' | 'bold';
  style?: 'italic';
  fill?: string;
}

function text(x: number, y: number, content: string, s: TextStyle): string {
  const attrs = [`x="${x}"`, `y="${y}"`, `font-size="${s.size}"`];
  if (s.anchor === 'middle') attrs.push('text-anchor="middle"');
  if (s.weight === 'bold') attrs.push('font-weight="bold"');
  if (s.style) attrs.push(`font-style="${s.style}"`);
  attrs.push(`fill="${s.fill ?? COLOURS.text}"`);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

/** Greedy word wrap by an estimate of DejaVu Sans's widths (SVG text does not wrap itself). */
export function wrap(content: string, maxWidth: number, size: number): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (size * CHAR_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Text and attribute values in XML: the five characters with meaning there. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}
