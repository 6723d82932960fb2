/**
 * The side panel: follows the tab it serves, recognises the paper in it and shows the reading
 * guide. Its dependencies come in as props, so tests pass fakes and a test database.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import type { TabSummary } from '../core/messages';
import type { DatabaseChanges } from '../ui/database-changes';
import { errorMessage } from '../ui/error-message';
import type { NoteSaverOptions } from '../ui/note-saver';
import type { BackgroundClient } from './background-client';
import { identifyTab, type TabPage } from '../core/identity/identify-tab';
import { NotAPaper } from './NotAPaper';
import { Reader } from './Reader';
import type { ReadAbstractPage } from './use-abstract-page';
import type { AnalysePdf } from './use-paper-structure';
import { lazyComponent } from '../ui/lazy-component';

/** Only for pages whose site the extension may not read: fetched when needed. */
const SiteAccess = lazyComponent(async () => (await import('./SiteAccess')).SiteAccess);

interface Props {
  client: BackgroundClient;
  database: Promise<ReadingDatabase>;
  changes: DatabaseChanges;
  /** Serve this tab only (test hook); otherwise follow the window's active tab. */
  pinnedTabId?: number;
  noteSaverOptions?: NoteSaverOptions;
  /** Reads a paper's PDF for its checklists; absent, the checklists stay generic. */
  analysePdf?: AnalysePdf;
  /** Reads an arXiv abstract page for a PDF tab's title and authors. */
  readAbstractPage?: ReadAbstractPage;
}

type Opened = { db: ReadingDatabase } | { error: string } | undefined;

export function App(props: Props) {
  const { client, database, changes, pinnedTabId, noteSaverOptions, analysePdf, readAbstractPage } =
    props;
  const [tab, setTab] = useState<TabSummary | null | undefined>(undefined);
  const [opened, setOpened] = useState<Opened>(undefined);

  // Layout effects: the lookups start as the panel first renders, not a frame later.
  useLayoutEffect(() => {
    let live = true;
    void client.getTab({ tabId: pinnedTabId }).then((t) => live && setTab(t));
    // News of the tab served: a pinned panel hears only its tab (its page may report later);
    // a following panel hears its window's active tab.
    const stop = client.onTabChanged((t) =>
      setTab((current) => {
        if (pinnedTabId !== undefined) return t.tabId === pinnedTabId ? t : current;
        return current && current.windowId !== t.windowId ? current : t;
      }),
    );
    return () => {
      live = false;
      stop();
    };
  }, [client, pinnedTabId]);

  useLayoutEffect(() => {
    let live = true;
    database.then(
      (db) => live && setOpened({ db }),
      (error: unknown) => live && setOpened({ error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [database]);

  // A new page object only when what the tab shows changes, not on every message about it.
  const signature = tab ? JSON.stringify(pageOf(tab)) : '';
  const page = useMemo(() => (signature ? (JSON.parse(signature) as TabPage) : null), [signature]);
  const identity = useMemo(() => (page ? identifyTab(page) : null), [page]);

  return (
    <main class="panel">
      <div class="panel-top">
        <h1 class="brand">Three-Pass Reader</h1>
        <button type="button" class="link-button" onClick={() => void client.openLibrary()}>
          Open library
        </button>
      </div>
      {opened && 'error' in opened && (
        <p class="error" role="alert">
          Your library could not be opened, so nothing can be saved: {opened.error}
        </p>
      )}
      {tab === undefined && <p aria-busy="true">Looking at the current tab…</p>}
      {tab === null && <p>No tab to read.</p>}
      <div data-testid="current-tab">
        {page && !identity && <NotAPaper title={page.title} url={page.url} />}
        {page && identity && opened && 'db' in opened && (
          <Reader
            db={opened.db}
            changes={changes}
            client={client}
            page={page}
            identity={identity}
            noteSaverOptions={noteSaverOptions}
            analysePdf={analysePdf}
            readAbstractPage={readAbstractPage}
          />
        )}
        {tab && page && mayHoldUnreadMetadata(page) && (
          <SiteAccess client={client} tabId={tab.tabId} url={page.url} />
        )}
      </div>
    </main>
  );
}

/** A web page (not a PDF) whose metadata we have not seen: maybe we may not read its site. */
function mayHoldUnreadMetadata(page: TabPage): boolean {
  return !page.metadata && page.contentType !== 'application/pdf' && !/\.pdf$/i.test(page.url);
}

function pageOf(tab: TabSummary): TabPage {
  const { url, title, contentType } = tab;
  const metadata = (tab as TabSummary & Pick<TabPage, 'metadata'>).metadata;
  return { url, title, ...(contentType ? { contentType } : {}), ...(metadata ? { metadata } : {}) };
}
