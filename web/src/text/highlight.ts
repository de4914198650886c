/** A span of a text by UTF-16 offsets (as the gateway's Evidence and JavaScript strings count them). */
export interface Span {
  start: number;
  end: number;
}

export type Piece<S extends Span> = { text: string; span?: S };

/**
 * Cuts a text into plain pieces and the pieces the spans cover, in order. Offsets are UTF-16 code units, which is
 * what String.prototype.slice uses, so Hebrew (and an emoji's surrogate pair) cut exactly where the analyser said.
 * Spans outside the text are clipped; a span that overlaps an earlier one is shown from where that one ends.
 */
export function pieces<S extends Span>(text: string, spans: readonly S[]): Piece<S>[] {
  const out: Piece<S>[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const start = Math.max(span.start, at, 0);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: text.slice(start, end), span });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
