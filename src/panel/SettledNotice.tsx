/**
 * Tells the reader when a timer of this paper was left running as the browser quit and was
 * stopped at the last moment the extension saw it alive, until they acknowledge it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import type { ReadingSession } from '../core/model';
import { formatDuration } from '../core/reading/format-duration';
import type { DatabaseChanges } from '../ui/database-changes';
import { acknowledgeSettled, isSettledAcknowledged } from './settled-acknowledgements';

interface Props {
  db: Pick<ReadingDatabase, 'getSessions'>;
  changes: DatabaseChanges;
  paperKey: string;
}

/** Older settlements are not news any more. */
const LOOK_BACK_MS = 30 * 24 * 60 * 60 * 1000;

export function SettledNotice({ db, changes, paperKey }: Props) {
  const [settled, setSettled] = useState<ReadingSession[]>([]);

  useEffect(() => {
    let live = true;
    const load = () => {
      const now = Date.now();
      db.getSessions(paperKey).then(
        (sessions) =>
          live &&
          setSettled(
            sessions.filter(
              (s) => s.settled && s.start >= now - LOOK_BACK_MS && !isSettledAcknowledged(s),
            ),
          ),
        () => undefined,
      );
    };
    load();
    // The background may settle the timer after the panel opened (at the browser's start-up).
    const stop = changes((change) => {
      if (change.kind === 'timer' && change.paperKey === paperKey) load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [db, changes, paperKey]);

  if (settled.length === 0) return null;
  return (
    <div class="settled-notice" role="status">
      {settled.map((session) => (
        <p key={`${session.pass}-${session.start}`}>
          Your pass {session.pass} timer was still running when the browser closed. It was stopped
          at {new Date(session.end).toLocaleString()}, the last moment the extension saw it running,
          so that stretch counts {formatDuration(session.end - session.start)}.
        </p>
      ))}
      <button
        type="button"
        onClick={() => {
          settled.forEach(acknowledgeSettled);
          setSettled([]);
        }}
      >
        Got it
      </button>
    </div>
  );
}
