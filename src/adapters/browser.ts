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

export async function listTabs(): Promise<TabInfo[]> {
  const tabs = await browser.tabs.query({});
  return tabs.map(toTabInfo).filter((t): t is TabInfo => t !== null);
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

export function setBadge(tabId: number, text: string, color: string, title: string): void {
  void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  void browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
  void browser.action.setTitle({ tabId, title }).catch(() => undefined);
}

/** Calls back when any tab finishes loading a page. */
export function onTabLoaded(listener: (tab: TabInfo) => void): void {
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    const info = change.status === 'complete' ? toTabInfo(tab) : null;
    if (info) listener(info);
  });
}

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener(listener);
}

/** Opens one of our pages (e.g. "library/library.html") in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

export function onCommand(listener: (command: string) => void): void {
  browser.commands.onCommand.addListener(listener);
}

/** A keyboard command: what it does, and its keys as the browser has them ('' when unset). */
export interface KeyboardShortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The manifest's commands with the keys the reader has now (they may change them). */
export async function listShortcuts(): Promise<KeyboardShortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.map((command) => ({
    name: command.name ?? '',
    description: command.description ?? '',
    shortcut: command.shortcut ?? '',
  }));
}

export function onInstalled(listener: () => void): void {
  browser.runtime.onInstalled.addListener(listener);
}

/**
 * True the first time it is asked in a browser session: session storage is emptied when the
 * browser quits. More dependable than runtime.onStartup, which an extension loaded from the
 * command line may not receive.
 */
export async function isFirstWakeThisBrowserSession(): Promise<boolean> {
  const key = 'browserSessionSeen';
  const seen = await browser.storage.session.get(key);
  if (seen[key] === true) return false;
  await browser.storage.session.set({ [key]: true });
  return true;
}

/** Alarms wake a stopped worker; timers in memory would not survive it. */
export function setAlarm(name: string, when: number): void {
  void browser.alarms.create(name, { when });
}

export function setRepeatingAlarm(name: string, periodInMinutes: number): void {
  void browser.alarms.create(name, { periodInMinutes });
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

export function onAlarm(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}

/** A system notification, only if the reader granted the optional permission. */
export async function notify(id: string, title: string, message: string): Promise<boolean> {
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
  return true;
}

/** Asks for the notifications permission; call inside the reader's click. */
export function requestNotificationPermission(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['notifications'] });
}

/** Origin pattern ("https://example.org/*") for a page URL, or null for non-web URLs. */
export function originPattern(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${protocol}//${host}/*` : null;
  } catch {
    return null;
  }
}

export function hasHostPermission(url: string): Promise<boolean> {
  const origin = originPattern(url);
  return origin ? browser.permissions.contains({ origins: [origin] }) : Promise.resolve(false);
}

/** Asks for access to one site; call synchronously inside the reader's click (no await before it). */
export function requestHostPermission(url: string): Promise<boolean> {
  const origin = originPattern(url);
  return origin ? browser.permissions.request({ origins: [origin] }) : Promise.resolve(false);
}

/** Runs the content script in a tab we have access to (activeTab or a granted host). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}

export function onContextMenuClick(listener: (menuItemId: string) => void): void {
  browser.contextMenus.onClicked.addListener((info) => listener(String(info.menuItemId)));
}

export function createActionMenuItem(id: string, title: string): void {
  browser.contextMenus.create(
    { id, title, contexts: ['action'] },
    () => void browser.runtime.lastError,
  );
}
