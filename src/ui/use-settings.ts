/** The reader's settings, kept in step with other pages; a change shows at once and is saved. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import { DEFAULT_SETTINGS, normaliseSettings } from '../core/reading/budgets';
import type { Settings } from '../core/model';
import type { DatabaseChanges } from './database-changes';
import { errorMessage } from './error-message';

export interface SettingsHandle {
  settings: Settings;
  save: (settings: Settings) => Promise<void>;
  /** The last failure to read or save, for the reader. */
  error?: string;
}

export function useSettings(
  db: Pick<ReadingDatabase, 'getSettings' | 'saveSettings'>,
  changes: DatabaseChanges,
): SettingsHandle {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [error, setError] = useState<string | undefined>(undefined);
  const savesRef = useRef(0);

  useEffect(() => {
    let live = true;
    const load = () => {
      const asked = savesRef.current;
      return db.getSettings().then(
        // A read begun before the reader's own change must not undo it.
        (stored) => live && asked === savesRef.current && setSettings(normaliseSettings(stored)),
        (failure: unknown) => live && setError(errorMessage(failure)),
      );
    };
    void load();
    const stop = changes((change) => {
      if (change.kind === 'settings') void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [db, changes]);

  const save = useCallback(
    async (next: Settings) => {
      savesRef.current++;
      setSettings(next);
      try {
        await db.saveSettings(next);
        setError(undefined);
      } catch (failure) {
        setError(errorMessage(failure));
      }
    },
    [db],
  );

  return { settings, save, ...(error === undefined ? {} : { error }) };
}
