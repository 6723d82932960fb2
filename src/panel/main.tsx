import { render } from 'preact';
import '../ui/theme.css';
import { onDatabaseChange, openReadingDatabase } from '../adapters/database';
import { App } from './App';
import { createBackgroundClient } from './background-client';
import type { AnalysePdf } from './use-paper-structure';

/**
 * Test hook: `sidepanel.html?tabId=N` makes a panel opened in a tab serve tab N instead of the
 * active tab of its window (a panel in a tab cannot tell which tab it is for).
 */
function pinnedTabId(): number | undefined {
  const value = new URLSearchParams(location.search).get('tabId');
  const id = value === null ? NaN : Number(value);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** pdf.js comes in its own chunk, fetched only when a PDF is read. */
const analysePdfLazily: AnalysePdf = async (source, options) => {
  const { analysePdf } = await import('../adapters/pdfjs');
  return analysePdf(source, options);
};

const root = document.getElementById('app');
if (root) {
  render(
    <App
      client={createBackgroundClient()}
      database={openReadingDatabase()}
      changes={onDatabaseChange}
      pinnedTabId={pinnedTabId()}
      analysePdf={analysePdfLazily}
    />,
    root,
  );
}
