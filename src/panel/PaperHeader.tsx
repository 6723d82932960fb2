/** Which paper this is and where the reader is with it. Every string from the page shows as text. */
import type { Paper } from '../core/model';
import { readingStateLabel } from '../core/reading/reading-state';

interface Props {
  paper: Paper;
  /** The address of the tab this paper was recognised in. */
  source: string;
  /** False when the paper is not in the library yet. */
  stored: boolean;
}

const AUTHORS_SHOWN = 4;

function authorLine(paper: Paper): string {
  const names = paper.authors.map((author) => author.name);
  if (names.length <= AUTHORS_SHOWN) return names.join(', ');
  const more = names.length - AUTHORS_SHOWN + 1;
  return `${names.slice(0, AUTHORS_SHOWN - 1).join(', ')} and ${more} more`;
}

export function PaperHeader({ paper, source, stored }: Props) {
  const details = [paper.version, paper.year, paper.venue].filter((part) => part !== undefined);
  return (
    <header class="paper-header">
      {/* tab-title/tab-url: what the tab shows, the names the browser tests look for. */}
      <h2 class="paper-title tab-title">{paper.title}</h2>
      {paper.authors.length > 0 && (
        <p class="paper-authors" title={paper.authors.map((a) => a.name).join(', ')}>
          {authorLine(paper)}
        </p>
      )}
      {details.length > 0 && <p class="paper-details">{details.join(' · ')}</p>}
      <p class="paper-state" data-testid="paper-state" aria-live="polite">
        {readingStateLabel(paper.state)}
        {!stored && <span class="paper-new"> · not in your library yet</span>}
      </p>
      <p class="tab-url">{source}</p>
    </header>
  );
}
