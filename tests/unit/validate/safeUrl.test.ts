import { isSafeUrl } from '../../../src/validate/fields.js';

describe('isSafeUrl: only well-formed https, mailto and tel links', () => {
  it.each([
    'https://www.nspcc.org.uk',
    'https://www.nspcc.org.uk/keeping-children-safe/report?from=release#local',
    'https://xn--bcher-kva.example',
    'mailto:help@nspcc.org.uk',
    'mailto:help@nspcc.org.uk?subject=Figures',
    'tel:0808 800 5000',
    'tel:+44 (0)808 800-5000',
  ])('accepts %p', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', 'runs code'],
    ['JavaScript:alert(1)', 'runs code'],
    ['data:text/html,<script>alert(1)</script>', 'carries a page'],
    ['vbscript:msgbox(1)', 'runs code'],
    ['http://www.nspcc.org.uk', 'not https'],
    ['HTTPS://www.nspcc.org.uk', 'not written in lower case'],
    ['//www.nspcc.org.uk', 'no scheme'],
    ['www.nspcc.org.uk', 'no scheme'],
    ['https://', 'no host'],
    ['https://localhost/report', 'no public host name'],
    ['https://192.168.0.1/', 'an address, not a name'],
    ['https://user:password@example.org', 'credentials that disguise the host'],
    ['https://example.org/a b', 'a space'],
    ['https://example.org/"onmouseover="x', 'a quote'],
    ['https://javascript:alert(1)', 'no real host'],
    ['mailto:', 'no address'],
    ['mailto:nobody', 'no domain'],
    ['tel:', 'no number'],
    ['tel:999; call now', 'not a number'],
    ['', 'empty'],
  ])('refuses %p (%s)', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});
