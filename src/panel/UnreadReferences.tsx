/**
 * Pass 2's "mark cited work you have not read": each reference can go to the reading queue as a
 * to-read paper linked to this one. Reference text is the paper's: rendered as text only.
 */
import { useState } from 'preact/hooks';
import type { PdfReference } from '../core/pdf-structure/pdf-structure';

interface Props {
  references: readonly PdfReference[];
  inLibrary: (reference: string) => boolean;
  /** Resolves to what happened, for the reader. */
  onAdd: (reference: string) => Promise<'added' | 'already'>;
}

const OUTCOME = { added: 'Added to your reading queue', already: 'In your library' } as const;

export function UnreadReferences({ references, inLibrary, onAdd }: Props) {
  const [outcomes, setOutcomes] = useState<Record<number, string>>({});
  if (!references.length) return null;
  const add = (ref: PdfReference) => {
    setOutcomes((o) => ({ ...o, [ref.index]: 'Adding…' }));
    onAdd(ref.text).then(
      (outcome) => setOutcomes((o) => ({ ...o, [ref.index]: OUTCOME[outcome] })),
      () =>
        setOutcomes((o) => ({ ...o, [ref.index]: 'Not added: the library could not be written' })),
    );
  };
  return (
    <details class="unread-references">
      <summary>References to read later ({references.length})</summary>
      <ul>
        {references.map((ref) => {
          const outcome =
            outcomes[ref.index] ?? (inLibrary(ref.text) ? OUTCOME.already : undefined);
          return (
            <li key={ref.index}>
              <span>{ref.text}</span>{' '}
              {outcome ? (
                <span class="muted" role="status">
                  {outcome}
                </span>
              ) : (
                <button type="button" onClick={() => add(ref)}>
                  Relevant, unread
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
