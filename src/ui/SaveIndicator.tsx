/** Says whether the reader's text is stored: saved, saving, or failed with the reason. */
import type { SaveStatus } from './note-saver';

interface Props {
  status: SaveStatus;
}

export function SaveIndicator({ status }: Props) {
  return (
    <p class={`save-indicator save-${status.state}`} role="status" aria-live="polite">
      {status.state === 'saved' && 'Saved'}
      {status.state === 'saving' && 'Saving…'}
      {status.state === 'failed' &&
        `Not saved: ${status.error} Your text is kept here and saving is retried.`}
    </p>
  );
}
