/** `doc` with the text between the `start` and `end` marker lines replaced by `body`; null when a marker is missing. */
export function withGeneratedBlock(doc: string, start: string, end: string, body: string): string | null {
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) return null;
  return `${doc.slice(0, from + start.length)}\n${body}\n${doc.slice(to)}`;
}
