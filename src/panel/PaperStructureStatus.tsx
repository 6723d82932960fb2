/** Where the checklist's paper-specific items come from, and the offer to read them from the PDF. */
import type { StructureStatus } from './use-paper-structure';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

interface Props {
  status: StructureStatus;
  onRead: () => void;
  /** Stops a reading in progress. */
  onCancel: () => void;
}

export function PaperStructureStatus({ status, onRead, onCancel }: Props) {
  switch (status.state) {
    case 'none':
      return null;
    case 'available':
      return (
        <div class="structure-status">
          <button type="button" onClick={onRead}>
            Build the checklist from this paper's PDF
          </button>
          <p class="muted">Lists its headings, figures and references to tick.</p>
        </div>
      );
    case 'reading':
      return (
        <div class="structure-status structure-reading">
          <p class="muted" role="status">
            Reading the PDF for its headings, figures and references
            {status.total > 0 ? `: page ${status.pagesRead} of ${status.total}` : ''}…
          </p>
          <button type="button" class="link-button" onClick={onCancel}>
            Stop reading
          </button>
        </div>
      );
    case 'failed':
      return (
        <div class="structure-status">
          <p class="error" role="alert">
            The checklist stays generic: {status.message}
          </p>
          <button type="button" onClick={onRead}>
            Try again
          </button>
        </div>
      );
    case 'ready': {
      const { headings, figures, references, notes, hasTextLayer } = status.structure;
      if (!hasTextLayer)
        return (
          <p class="structure-status error" role="alert">
            The checklist stays generic: {notes.join(' ')}
          </p>
        );
      return (
        <p class="structure-status muted">
          From the paper's PDF: {count(headings.length, 'heading')},{' '}
          {count(figures.length, 'figure')}, {count(references.length, 'reference')}.
          {notes.map((note) => ` ${note}`).join('')}
        </p>
      );
    }
  }
}
