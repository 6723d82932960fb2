import { render } from 'preact';
import '../ui/theme.css';
import { onDatabaseChange, openReadingDatabase } from '../adapters/database';
import { App } from './App';
import { createBackgroundClient } from './background-client';
import type { ReadAbstractPage } from './use-abstract-page';
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

/** The page-metadata parser comes in its own chunk too, fetched only for an arXiv PDF tab. */
const readAbstractPageLazily: ReadAbstractPage = async (url, signal) => {
  const { readArxivAbstractPage } = await import('./arxiv-abstract-page');
  return readArxivAbstractPage(url, signal);
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
      readAbstractPage={readAbstractPageLazily}
    />,
    root,
  );
}
