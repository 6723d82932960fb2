/**
 * The deleted papers the database keeps, each with a Restore button: a deletion stays undoable
 * after the page that made it is gone (a reload, another day).
 */
import type { DeletedPaper } from '../adapters/database';

interface Props {
  deleted: readonly DeletedPaper[];
  onRestore: (item: DeletedPaper) => void;
}

export function DeletedPapers({ deleted, onRestore }: Props) {
  if (deleted.length === 0) return null;
  return (
    <details class="deleted-papers">
      <summary>Deleted papers ({deleted.length}): kept so you can restore them</summary>
      <ul>
        {deleted.map((item) => {
          const title = item.paper.title || 'Untitled paper';
          return (
            <li key={item.id ?? item.deletedAt}>
              <span class="deleted-title">{title}</span>{' '}
              <span class="muted">
                deleted {new Date(item.deletedAt).toLocaleString()}, {item.notes.length}{' '}
                {item.notes.length === 1 ? 'note' : 'notes'}
              </span>{' '}
              <button type="button" aria-label={`Restore ${title}`} onClick={() => onRestore(item)}>
                Restore
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
