/**
 * The one module that touches the browser's extension API (webextension-polyfill and chrome.*).
 * Chrome's side panel and Firefox's sidebar differ only here. Tests replace this module.
 */
import browser from 'webextension-polyfill';

export interface MessageSender {
  /** Extension id of the sender; messages from anyone else are refused. */
  id: string | undefined;
  tabId: number | undefined;
  url: string | undefined;
}

export interface TabInfo {
  tabId: number;
  windowId: number;
  title: string;
  url: string;
}

const hasChromeSidePanel = (): boolean =>
  typeof chrome !== 'undefined' && typeof chrome.sidePanel?.open === 'function';

export const runtimeId = (): string => browser.runtime.id;
export const extensionUrl = (path: string): string => browser.runtime.getURL(path);
export const extensionVersion = (): string => browser.runtime.getManifest().version;

export function sendMessage(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** Sends to a tab's content script. */
export function sendTabMessage(tabId: number, message: unknown): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/**
 * Listens for runtime messages. The listener returns a promise for an answer, or undefined to
 * leave the message to other listeners.
 */
export function onMessage(
  listener: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined,
): () => void {
  const wrapped = (message: unknown, sender: browser.Runtime.MessageSender) =>
    listener(message, { id: sender.id, tabId: sender.tab?.id, url: sender.url });
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}

function toTabInfo(tab: browser.Tabs.Tab): TabInfo | null {
  if (tab.id === undefined || tab.windowId === undefined) return null;
  return { tabId: tab.id, windowId: tab.windowId, title: tab.title ?? '', url: tab.url ?? '' };
}

export async function getTab(tabId: number): Promise<TabInfo | null> {
  try {
    return toTabInfo(await browser.tabs.get(tabId));
  } catch {
    return null; // closed meanwhile
  }
}

export async function getActiveTab(windowId?: number): Promise<TabInfo | null> {
  const query =
    windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId };
  const [tab] = await browser.tabs.query(query);
  return tab ? toTabInfo(tab) : null;
}

/** Calls back with the tab id whenever a tab becomes active or an active tab changes page or title. */
export function onActiveTabChanged(listener: (tabId: number) => void): () => void {
  const activated = (info: browser.Tabs.OnActivatedActiveInfoType) => listener(info.tabId);
  const updated = (
    tabId: number,
    change: browser.Tabs.OnUpdatedChangeInfoType,
    tab: browser.Tabs.Tab,
  ) => {
    if (
      tab.active &&
      (change.url !== undefined || change.title !== undefined || change.status === 'complete')
    ) {
      listener(tabId);
    }
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

/** Makes the toolbar button open the side panel (Chrome) or toggle the sidebar (Firefox). */
export function openPanelOnActionClick(): void {
  if (hasChromeSidePanel()) {
    void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  browser.action.onClicked.addListener(() => {
    // Must run synchronously inside the user's click.
    void browser.sidebarAction.toggle();
  });
}

/**
 * Opens the panel from a user gesture in an extension page. Call synchronously inside the click
 * handler: an await before it loses the gesture.
 */
export function openPanelFromGesture(windowId: number): Promise<void> {
  if (hasChromeSidePanel()) return chrome.sidePanel.open({ windowId });
  return browser.sidebarAction.open();
}

export function setBadge(tabId: number, text: string, color: string, title: string): void {
  void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  void browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
  void browser.action.setTitle({ tabId, title }).catch(() => undefined);
}

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener(listener);
}
