/**
 * Puts a chart where a newsroom expects a lead picture: after the standfirst
 * (the paragraph right after the headline), or after the headline when there
 * is no such paragraph, or first when there is no headline. The HTML is the
 * sanitizer's output, so its tags are marked's plain `<h1>`, `<p>`.
 */
export function placeChartInHtml(html: string, figure: string): string {
  const h1 = html.indexOf('</h1>');
  if (h1 === -1) return `${figure}\n${html}`;
  let at = h1 + '</h1>'.length;
  const rest = html.slice(at);
  const standfirst = /^\s*<p>/.exec(rest);
  if (standfirst) {
    const end = html.indexOf('</p>', at);
    if (end !== -1) at = end + '</p>'.length;
  }
  return `${html.slice(0, at)}\n${figure}${html.slice(at)}`;
}

/** The same place among a release's blocks: the index of the block the chart follows, or -1 to go first. */
export function chartBlockIndex(kinds: readonly string[], headingLevels: readonly (number | null)[]): number {
  const h1 = headingLevels.findIndex((level) => level === 1);
  if (h1 === -1) return -1;
  return kinds[h1 + 1] === 'paragraph' ? h1 + 1 : h1;
}
