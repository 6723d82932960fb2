/** Checks every incoming message at the boundary and routes it to a named handler. */
import * as browserApi from '../adapters/browser';
import {
  contentToBackgroundValidators,
  dispatch,
  panelToBackgroundValidators,
  parseMessage,
  type ContentToBackground,
  type Handlers,
  type PanelToBackground,
} from '../core/messages';
import { announceTab, pageReports, readPage, refreshBadge, tabSummary } from './tab-tracking';
import { scheduleTimerAlarms } from './timer-watch';

const panelHandlers: Handlers<PanelToBackground, browserApi.MessageSender> = {
  ping: async () => ({ ok: true, version: browserApi.extensionVersion() }),
  getTab: async ({ tabId, windowId }) => {
    const tab =
      tabId !== undefined
        ? await browserApi.getTab(tabId)
        : await browserApi.getActiveTab(windowId);
    return tab ? tabSummary(tab) : null;
  },
  readPage: async ({ tabId }) => ({ ok: await readPage(tabId) }),
  readingChanged: async () => {
    await scheduleTimerAlarms();
    // The paper may be open in several tabs (abstract, PDF), and the panel's own tab is not one.
    await Promise.all((await browserApi.listTabs()).map(refreshBadge));
    return { ok: true };
  },
};

const contentHandlers: Handlers<ContentToBackground, browserApi.MessageSender> = {
  pageReport: async (report, sender) => {
    if (sender.tabId !== undefined) {
      pageReports.set(sender.tabId, report);
      await announceTab(sender.tabId);
    }
    return { ok: true };
  },
};

export function startMessageRouting(): void {
  const ownId = browserApi.runtimeId();
  browserApi.onMessage((message, sender) => {
    if (sender.id !== ownId) return undefined; // foreign extension or web page: refused
    // Content scripts send from a web page; extension pages (even one open in a tab) from our origin.
    const fromExtensionPage = sender.url?.startsWith(browserApi.extensionUrl('')) === true;
    if (!fromExtensionPage) {
      const parsed = parseMessage(message, contentToBackgroundValidators);
      return parsed ? dispatch(parsed, contentHandlers, sender) : undefined;
    }
    const parsed = parseMessage(message, panelToBackgroundValidators);
    return parsed ? dispatch(parsed, panelHandlers, sender) : undefined;
  });
}
