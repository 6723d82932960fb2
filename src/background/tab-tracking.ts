/** Follows the active tab and tells open panels when it changes. */
import * as browserApi from '../adapters/browser';
import type { PageReport, TabSummary } from '../core/messages';

/**
 * Last report from each tab's content script. A cache only: it is empty after the worker restarts
 * and is refilled when the page reports again.
 */
export const pageReports = new Map<number, PageReport>();

export function tabSummary(tab: browserApi.TabInfo): TabSummary {
  const report = pageReports.get(tab.tabId);
  const sameDocument = report !== undefined && report.url === tab.url;
  return { ...tab, ...(sameDocument ? { contentType: report.contentType } : {}) };
}

export function startTabTracking(): void {
  browserApi.onActiveTabChanged(async (tabId) => {
    const tab = await browserApi.getTab(tabId);
    if (!tab) return;
    // No panel open is the normal case: the send then fails and that is fine.
    await browserApi
      .sendMessage({ type: 'tabChanged', payload: tabSummary(tab) })
      .catch(() => undefined);
  });
  browserApi.onTabRemoved((tabId) => pageReports.delete(tabId));
}
