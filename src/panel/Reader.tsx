/** Everything that needs the open library: the paper's guide and the settings. */
import { useEffect, useMemo } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import type { TabPage } from '../core/identity/identify-tab';
import type { PaperIdentity } from '../core/identity/paper-identity';
import type { DatabaseChanges } from '../ui/database-changes';
import { PAGE_NOTE_JOURNAL, writeUnsavedNotes } from '../ui/note-journal';
import { createNoteSaver, type NoteSaverOptions } from '../ui/note-saver';
import { useSettings } from '../ui/use-settings';
import { lazyComponent } from '../ui/lazy-component';
import type { BackgroundClient } from './background-client';
import type { PanelServices } from './panel-services';
import { PaperView } from './PaperView';
import type { ReadAbstractPage } from './use-abstract-page';
import type { AnalysePdf } from './use-paper-structure';

interface Props {
  db: ReadingDatabase;
  changes: DatabaseChanges;
  client: BackgroundClient;
  analysePdf: AnalysePdf | undefined;
  readAbstractPage: ReadAbstractPage | undefined;
  page: TabPage;
  identity: PaperIdentity;
  noteSaverOptions: NoteSaverOptions | undefined;
}

// Folded on opening: fetched after the guide is shown, outside the panel's first script.
const SettingsForm = lazyComponent(async () => (await import('./SettingsForm')).SettingsForm);
const Shortcuts = lazyComponent(async () => (await import('./Shortcuts')).Shortcuts);

export function Reader(props: Props) {
  const { db, changes, client, analysePdf, readAbstractPage, page, identity, noteSaverOptions } =
    props;
  const saver = useMemo(() => createNoteSaver(db, noteSaverOptions), [db, noteSaverOptions]);
  // Disposing flushes what is pending: a closed panel keeps every keystroke.
  useEffect(() => () => saver.dispose(), [saver]);
  // Edits of any paper that a closed page could not finish writing.
  useEffect(() => {
    writeUnsavedNotes(db, PAGE_NOTE_JOURNAL).catch(() => undefined);
  }, [db]);
  const services = useMemo<PanelServices>(
    () => ({
      db,
      changes,
      saver,
      client,
      ...(analysePdf ? { analysePdf } : {}),
      ...(readAbstractPage ? { readAbstractPage } : {}),
    }),
    [db, changes, saver, client, analysePdf, readAbstractPage],
  );
  const { settings, save, error } = useSettings(db, changes);

  return (
    <>
      <PaperView
        key={identity.key}
        services={services}
        settings={settings}
        page={page}
        identity={identity}
        onReadingChanged={() => void client.request('readingChanged', {}).catch(() => undefined)}
      />
      <details class="settings-panel">
        <summary>Settings</summary>
        <SettingsForm
          settings={settings}
          onSave={(next) => void save(next)}
          requestNotifications={() => client.requestNotificationPermission()}
          {...(error === undefined ? {} : { error })}
        />
      </details>
      <Shortcuts listShortcuts={() => client.listShortcuts()} />
    </>
  );
}
