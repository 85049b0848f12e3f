/**
 * The preview pages' stylesheet and script, served from /assets/ so the
 * pages' Content-Security-Policy can refuse every inline script and style.
 */

export const PREVIEW_CSS = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5f6b7a; --line: #dde2e8; --paper: #f5f7fa; --accent: #1f5fbf;
  --up: #b42318; --up-bg: #fdecea; --down: #1d6b3a; --down-bg: #e6f4ea; --flat: #5f6b7a; --flat-bg: #eef1f4; --warn: #8a5a00; --warn-bg: #fff4d6; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
a { color: var(--accent); }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.86em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.bar { position: sticky; top: 0; z-index: 5; display: flex; align-items: center; gap: 1.25rem; padding: 0.6rem 1.5rem; background: #14213d; color: #fff; }
.bar a { color: #fff; text-decoration: none; }
.brand { font-weight: 700; letter-spacing: 0.01em; }
.brand span { font-weight: 400; opacity: 0.75; }
.campaign { color: #c7d0dd; font-size: 0.85rem; }
.bar nav { display: flex; gap: 0.25rem; margin-left: auto; }
.bar nav a { padding: 0.25rem 0.7rem; border-radius: 999px; }
.bar nav a[aria-current="page"], .bar nav a:hover { background: rgba(255, 255, 255, 0.14); }
.status { display: inline-flex; align-items: center; gap: 0.4rem; font-size: 0.85rem; color: #dfe5ee; }
.dot { width: 0.6rem; height: 0.6rem; border-radius: 50%; background: #8a96a8; }
.dot.ok { background: #3ecf6e; }
.dot.bad { background: #ff5a4f; }

main { max-width: 96rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0.25rem 0 1rem; }
h1 .count { display: block; font-size: 0.9rem; font-weight: 400; color: var(--muted); margin-top: 0.2rem; }
h2 { font-size: 1rem; margin: 0 0 0.6rem; }
.none { color: var(--muted); }
.notice { background: var(--warn-bg); color: var(--warn); padding: 0.5rem 0.8rem; border-radius: 6px; }

table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.55rem 0.7rem; border-bottom: 1px solid var(--line); }
th { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); white-space: nowrap; }
.num { text-align: right; white-space: nowrap; }
.releases { background: #fff; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.releases tbody tr:hover { background: #f8fafc; }
.releases .pick { width: 2rem; }
.releases .force a { font-weight: 600; text-decoration: none; }
.releases .force a:hover { text-decoration: underline; }
.nation { display: block; font-size: 0.8rem; color: var(--muted); }
.releases .headline { max-width: 30rem; }
a.sort { color: inherit; text-decoration: none; border-bottom: 1px dotted currentColor; }
a.sort[aria-sort="ascending"], a.sort[aria-sort="descending"] { color: var(--ink); }

.change { display: inline-flex; align-items: baseline; gap: 0.3rem; padding: 0.1rem 0.5rem; border-radius: 999px; font-weight: 600; font-size: 0.9rem; white-space: nowrap; }
.change.dir-up, .change.dir-new { color: var(--up); background: var(--up-bg); }
.change.dir-down { color: var(--down); background: var(--down-bg); }
.change.dir-unchanged, .change.dir-unknown { color: var(--flat); background: var(--flat-bg); }
.arrow { font-size: 0.75em; }

.chips { display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0; padding: 0; list-style: none; }
.chip { padding: 0.05rem 0.5rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; font-size: 0.8rem; white-space: nowrap; }
.chip.branch { font-weight: 600; }
.chip.small { border-color: #e3c27a; background: var(--warn-bg); color: var(--warn); }
.chip.quote { color: #3b4a5e; background: #f0f3f8; }
.chip.draft { border-style: dashed; }
.chip.alone { border-color: #c9a3f0; background: #f4ecfd; color: #5b2a91; font-weight: 600; }
.chip.template { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }

.warning-list { margin: 0; padding: 0; list-style: none; font-size: 0.85rem; color: var(--warn); }
.warning-list li { background: var(--warn-bg); padding: 0.3rem 0.5rem; border-radius: 4px; margin-bottom: 0.25rem; }
.warnings .none { font-size: 0.85rem; }
.hint { display: block; color: var(--muted); }
.actions { margin-top: 1rem; }
.legend { margin: 0.6rem 0 0; font-size: 0.85rem; color: var(--muted); }
button { font: inherit; padding: 0.45rem 1rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
button:hover { background: #184c99; }

.crumbs { font-size: 0.9rem; color: var(--muted); margin-bottom: 0.5rem; }
.release-head { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin-bottom: 1rem; }
.release-head h1 { margin: 0 0 0.4rem; font-size: 1.4rem; }
.standfirst { margin: 0 0 0.75rem; color: #394556; }
.facts { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6rem; }
.links { display: flex; gap: 1.25rem; margin: 0.75rem 0 0; font-size: 0.9rem; }
.split { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; margin-bottom: 1rem; }
.panel { background: #fff; border: 1px solid var(--line); padding: 0.9rem 1rem; min-width: 0; }
.panel h2 .file { display: inline; font-weight: 400; color: var(--muted); font-size: 0.8rem; margin-left: 0.4rem; }
.facts-panels table th, .facts-panels table td { padding: 0.35rem 0.6rem; font-size: 0.9rem; }
.facts-panels .file { display: inline; margin-left: 0.4rem; }
.file { display: block; font-size: 0.78rem; color: var(--muted); }
iframe.rendered { display: block; width: 100%; height: 75vh; border: 1px solid var(--line); background: #fff; }
pre.markdown { margin: 0; height: 75vh; overflow: auto; padding: 0.75rem; background: #fbfcfd; border: 1px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; }

.picker fieldset { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; border: 1px solid var(--line); border-radius: 8px; background: #fff; padding: 0.6rem 1rem; margin: 0 0 0.75rem; }
.picker legend { font-size: 0.85rem; color: var(--muted); padding: 0 0.3rem; }
.picker label { white-space: nowrap; }
.columns { display: grid; gap: 1rem; margin-top: 1rem; grid-template-columns: repeat(2, minmax(0, 1fr)); }
.columns[data-count="1"] { grid-template-columns: minmax(0, 1fr); }
.columns[data-count="3"] { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.columns[data-count="4"] { grid-template-columns: repeat(4, minmax(0, 1fr)); }
.column h2 { display: flex; justify-content: space-between; align-items: baseline; gap: 0.5rem; font-size: 1.1rem; }
.column .headline { font-weight: 600; margin: 0 0 0.5rem; }
.column .chips { margin-bottom: 0.75rem; }
.column iframe.rendered { height: 75vh; }

.overlay { position: fixed; inset: auto 0 0 0; z-index: 10; display: flex; justify-content: center; padding: 1rem; pointer-events: none; }
.overlay[hidden] { display: none; }
.overlay-box { pointer-events: auto; width: min(60rem, 100%); max-height: 60vh; overflow: auto; background: #2b0d0d; color: #ffe9e7; border: 2px solid #ff5a4f; border-radius: 10px; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35); padding: 1rem 1.25rem; }
.overlay-box header { display: flex; justify-content: space-between; align-items: center; gap: 1rem; }
.overlay-box h2 { margin: 0; font-size: 1.1rem; color: #fff; }
.overlay-box p { margin: 0.4rem 0 0.75rem; color: #f3c5c0; font-size: 0.9rem; }
.overlay-box .hide { background: transparent; border: 1px solid #f3c5c0; color: #ffe9e7; padding: 0.2rem 0.7rem; }
.problems { margin: 0; padding-left: 1.25rem; }
.problems li { margin-bottom: 0.5rem; }
.problems .where { color: #ffd28a; font-size: 0.95em; }
.problems .hint { color: #f3c5c0; }
.empty { max-width: 40rem; }
.audit-count { margin: -0.2rem 0 0.5rem; font-size: 0.85rem; color: var(--muted); }
.path .notice { margin: 0 0 0.6rem; }
.branches td { padding: 0.25rem 0.6rem; font-size: 0.85rem; }
.branches tr.alone td { background: #f4ecfd; }

@media (max-width: 900px) { .split, .columns { grid-template-columns: minmax(0, 1fr) !important; } .releases .headline { max-width: none; } }
`;

/**
 * Keeps an open page in step with the files: listens on /events and, after a
 * good rebuild, fetches its own address again and morphs `#content` into the
 * new copy, touching only what changed, so scroll positions (the page's, the
 * Markdown panel's, each frame's) and ticked boxes stay; each release frame
 * gets its new document swapped in place. After a failed rebuild it shows the
 * overlay the server rendered. Plain ES2017, no modules.
 */
export const PREVIEW_JS = `"use strict";
(function () {
  var shown = Number(document.body.getAttribute("data-build") || "0");
  var wanted = shown;
  var refreshing = false;
  var overlay = document.getElementById("overlay");
  var status = document.getElementById("status");

  function morph(from, to) {
    if (from.nodeType !== to.nodeType || from.nodeName !== to.nodeName) {
      from.replaceWith(document.importNode(to, true));
      return;
    }
    if (from.nodeType !== Node.ELEMENT_NODE) {
      if (from.nodeValue !== to.nodeValue) from.nodeValue = to.nodeValue;
      return;
    }
    Array.prototype.slice.call(from.attributes).forEach(function (a) { if (!to.hasAttribute(a.name)) from.removeAttribute(a.name); });
    Array.prototype.slice.call(to.attributes).forEach(function (a) { if (from.getAttribute(a.name) !== a.value) from.setAttribute(a.name, a.value); });
    if (from.nodeName === "IFRAME") return;
    var old = Array.prototype.slice.call(from.childNodes);
    var next = Array.prototype.slice.call(to.childNodes);
    next.forEach(function (child, i) {
      if (i < old.length) morph(old[i], child);
      else from.appendChild(document.importNode(child, true));
    });
    old.slice(next.length).forEach(function (child) { child.remove(); });
  }

  function refreshFrame(frame) {
    var doc = frame.contentDocument;
    if (!doc) { frame.src = frame.src; return Promise.resolve(); }
    return fetch(frame.src, { cache: "no-store" })
      .then(function (response) { return response.text(); })
      .then(function (text) {
        var next = new DOMParser().parseFromString(text, "text/html");
        doc.head.replaceWith(doc.importNode(next.head, true));
        doc.body.replaceWith(doc.importNode(next.body, true));
      });
  }

  function refresh() {
    if (refreshing || wanted === shown) return;
    refreshing = true;
    var target = wanted;
    fetch(location.href, { cache: "no-store", headers: { Accept: "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (text) {
        var next = new DOMParser().parseFromString(text, "text/html");
        var content = next.getElementById("content");
        var current = document.getElementById("content");
        if (content && current) {
          var ticked = Array.prototype.map.call(current.querySelectorAll("input[type=checkbox]:checked"), function (box) { return box.value; });
          morph(current, content);
          current = document.getElementById("content");
          Array.prototype.forEach.call(current.querySelectorAll("input[type=checkbox]"), function (box) { box.checked = ticked.indexOf(box.value) !== -1; });
          document.title = next.title;
          shown = Number(next.body.getAttribute("data-build") || target);
          document.body.setAttribute("data-build", String(shown));
          return Promise.all(Array.prototype.map.call(current.querySelectorAll("iframe.rendered"), refreshFrame));
        }
      })
      .catch(function () { /* the server went away: the event stream reconnects and asks again */ })
      .then(function () {
        refreshing = false;
        if (wanted !== shown) refresh();
      });
  }

  var events = new EventSource("/events");
  events.addEventListener("build", function (event) {
    var update = JSON.parse(event.data);
    status.innerHTML = update.status;
    overlay.innerHTML = update.overlay;
    overlay.hidden = update.overlay === "";
    if (update.build !== null) {
      wanted = update.build;
      refresh();
    }
  });
  events.addEventListener("error", function () {
    status.innerHTML = '<span class="dot"></span><span>Reconnecting…</span>';
  });
  document.addEventListener("click", function (event) {
    if (event.target instanceof Element && event.target.closest("[data-hide-overlay]")) overlay.hidden = true;
  });
})();
`;
