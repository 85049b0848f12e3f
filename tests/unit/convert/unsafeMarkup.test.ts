import { unsafeMarkup } from '../../../src/convert/unsafeMarkup.js';

describe('unsafeMarkup: what in a finished page could run code', () => {
  it.each([
    ['<p>Plain <a href="https://example.org">text</a></p>', []],
    ['<style>a { color: red }</style><img src="data:image/png;base64,iVBORw0KGgo=" alt="logo">', []],
    ['<script>alert(1)</script>', ['<script>']],
    ['<SCRIPT SRC=x></SCRIPT>', ['<script>']],
    ['<iframe src="https://example.org"></iframe>', ['<iframe>']],
    ['<body onload="x()"><img src=x onerror=y()>', ['an onload attribute on <body>', 'an onerror attribute on <img>']],
    ['<a href="javascript:alert(1)">x</a>', ['a javascript: link on <a>']],
    ['<a href=" JaVa\tScRiPt:alert(1)">x</a>', ['a javascript: link on <a>']],
    ['<a href="&#106;avascript:alert(1)">x</a>', ['a javascript: link on <a>']],
    ['<a href="data:text/html,hi">x</a>', ['a data: link on <a>']],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', ['a data: link on <img>']],
    ['<meta http-equiv="refresh" content="0;url=https://example.org">', ['<meta http-equiv="refresh">']],
    ['<form action="https://example.org"><button formaction="javascript:x()">go</button></form>', ['<form>', 'a javascript: link on <button>']],
  ])('%p', (html, expected) => {
    expect(unsafeMarkup(html)).toEqual(expected);
  });
});
