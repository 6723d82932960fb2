/** Text with the search's matches marked; every piece is a text node, never markup. */
import { highlightRanges, segments, type Range } from '../core/search/highlight';

interface Props {
  text: string;
  terms: readonly string[];
  /** Ranges worked out already (a snippet's); otherwise found from the terms. */
  ranges?: readonly Range[];
}

export function Highlighted({ text, terms, ranges }: Props) {
  const found = ranges ?? highlightRanges(text, terms);
  if (found.length === 0) return <>{text}</>;
  return (
    <>
      {segments(text, found).map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
