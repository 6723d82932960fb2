/** The paper a tab shows: looked up in the library, then the guide for it. */
import type { ReadingDatabase } from '../adapters/database';
import type { PaperIdentity } from '../core/identity/paper-identity';
import type { Settings } from '../core/model';
import type { DatabaseChanges } from '../ui/database-changes';
import type { NoteSaver } from '../ui/note-saver';
import type { TabPage } from '../core/identity/identify-tab';
import { PaperGuide } from './PaperGuide';
import { usePaper } from './use-paper';

interface Props {
  db: ReadingDatabase;
  changes: DatabaseChanges;
  saver: NoteSaver;
  settings: Settings;
  page: TabPage;
  identity: PaperIdentity;
  onReadingChanged: () => void;
}

export function PaperView(props: Props) {
  const { db, changes, saver, settings, page, identity, onReadingChanged } = props;
  const handle = usePaper(db, changes, page, identity);
  const { paper } = handle;
  if (!paper) {
    return (
      <p aria-busy="true">
        {handle.error
          ? `Your library could not be read: ${handle.error}`
          : 'Looking in your library…'}
      </p>
    );
  }
  return (
    <PaperGuide
      key={paper.key}
      handle={{ ...handle, paper }}
      db={db}
      changes={changes}
      saver={saver}
      settings={settings}
      source={page.url}
      onReadingChanged={onReadingChanged}
    />
  );
}
