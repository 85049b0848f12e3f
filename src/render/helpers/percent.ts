import { readArgs, readFlag, readNumber } from './args.js';
import { formatNumber, percentFigure } from './format.js';

/**
 * A percentage in headline and table style. It prints the size only (a fall
 * is worded by the direction: "down 18%", never "up -18%"); `signed=true`
 * puts + or - before it for tables (nothing for zero). Whole numbers, rounded
 * half away from zero; under 1, one decimal; never "-0%", "NaN%" or
 * "Infinity%".
 *
 * @example {{percent 88.55}} → 89%
 * @example {{percent -18.18}} → 18%
 * @example {{percent 2.5}} → 3%
 * @example {{percent 0.4}} → 0.4%
 * @example {{percent 0.96}} → 1%
 * @example {{percent 0.04}} → less than 0.1%
 * @example {{percent 88.55 signed=true}} → +89%
 * @example {{percent -18.18 signed=true}} → -18%
 * @example {{percent 0 signed=true}} → 0%
 * @example {{percent -0.04 signed=true}} → -less than 0.1%
 */
export function percent(...args: unknown[]): string {
  const { values, hash } = readArgs('percent', args, { usage: '{{percent value}} or {{percent value signed=true}}', min: 1, max: 1, options: ['signed'] });
  const x = readNumber('percent', values[0]);
  const signed = readFlag('percent', hash, 'signed');
  const figure = percentFigure(x);
  if (figure.kind === 'lessThanOneTenth') return `${signed ? sign(x) : ''}less than 0.1%`;
  const text = `${formatNumber(figure.value)}%`;
  return signed && figure.value !== 0 ? `${sign(x)}${text}` : text;
}

function sign(x: number): string {
  return x < 0 ? '-' : '+';
}

