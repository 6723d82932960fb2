import { useEffect, useState } from 'preact/hooks';
import type { TabSummary } from '../core/messages';
import type { BackgroundClient } from './background-client';

interface Props {
  client: BackgroundClient;
  /** Serve this tab only (test hook); otherwise follow the window's active tab. */
  pinnedTabId?: number;
}

export function App({ client, pinnedTabId }: Props) {
  const [tab, setTab] = useState<TabSummary | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void client.getTab({ tabId: pinnedTabId }).then((t) => live && setTab(t));
    const stop =
      pinnedTabId === undefined
        ? client.onTabChanged((t) =>
            setTab((current) => (current && current.windowId !== t.windowId ? current : t)),
          )
        : () => undefined;
    return () => {
      live = false;
      stop();
    };
  }, [client, pinnedTabId]);

  return (
    <main class="panel">
      <h1 class="brand">Three-Pass Reader</h1>
      {tab === undefined && <p aria-busy="true">Looking at the current tab…</p>}
      {tab === null && <p>No tab to read.</p>}
      {tab && (
        <section aria-label="Current tab" data-testid="current-tab">
          <h2 class="tab-title">{tab.title || tab.url}</h2>
          <p class="tab-url">{tab.url}</p>
          {tab.contentType === 'application/pdf' && <p class="tab-kind">PDF document</p>}
        </section>
      )}
    </main>
  );
}
