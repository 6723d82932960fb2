/**
 * Follows tabs: tells open panels when the active tab changes, keeps each tab's badge in step with
 * the library, and reads pages on sites the reader gave us access to.
 */
import * as browserApi from '../adapters/browser';
import { badgeFor } from '../core/badge';
import { identifyTab } from '../core/identity/identify-tab';
import type { PageReport, TabSummary } from '../core/messages';
import { readingDatabase } from './reading-database';

/**
 * Last report from each tab's content script. A cache only: it is empty after the worker restarts
 * and is refilled when the page reports again.
 */
export const pageReports = new Map<number, PageReport>();

/** Sites whose pages the manifest's own content script already reads. */
const STATIC_CONTENT_SCRIPT = /^https:\/\/arxiv\.org\/(abs|pdf|html)\//;

export function tabSummary(tab: browserApi.TabInfo): TabSummary {
  const report = pageReports.get(tab.tabId);
  if (report === undefined || report.url !== tab.url) return tab;
  return { ...tab, contentType: report.contentType, metadata: report.metadata };
}

export async function refreshBadge(tab: browserApi.TabInfo): Promise<void> {
  const identity = identifyTab(tabSummary(tab));
  const paper = identity
    ? await readingDatabase()
        .then((db) => db.findPaper([identity.key]))
        .catch(() => undefined)
    : undefined;
  const badge = badgeFor(identity !== null, paper);
  browserApi.setBadge(tab.tabId, badge.text, badge.color, badge.title);
}

export async function announceTab(tabId: number): Promise<void> {
  const tab = await browserApi.getTab(tabId);
  if (!tab) return;
  void refreshBadge(tab);
  const active = await browserApi.getActiveTab(tab.windowId);
  if (active?.tabId !== tab.tabId) return; // panels follow the active tab only
  // No panel open is the normal case: the send then fails and that is fine.
  await browserApi
    .sendMessage({ type: 'tabChanged', payload: tabSummary(tab) })
    .catch(() => undefined);
}

/** Reads the page of a tab on a site the reader granted (activeTab or an optional host permission). */
export async function readPage(tabId: number): Promise<boolean> {
  try {
    await browserApi.injectContentScript(tabId);
    return true;
  } catch {
    return false; // no access to this page (e.g. the browser's own pages)
  }
}

export function startTabTracking(): void {
  browserApi.onActiveTabChanged((tabId) => void announceTab(tabId));
  browserApi.onTabLoaded(async (tab) => {
    void refreshBadge(tab);
    if (STATIC_CONTENT_SCRIPT.test(tab.url)) return;
    if (await browserApi.hasHostPermission(tab.url)) await readPage(tab.tabId);
  });
  browserApi.onTabRemoved((tabId) => pageReports.delete(tabId));
}
