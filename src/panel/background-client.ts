/**
 * The panel's one door to the extension: typed requests to the background, checked events from
 * it, and the few browser actions the panel starts itself. Tests pass a fake object instead.
 */
import * as browserApi from '../adapters/browser';
import {
  backgroundToPanelValidators,
  parseMessage,
  parseTabSummary,
  type PanelToBackground,
  type TabSummary,
} from '../core/messages';

export interface BackgroundClient {
  request<K extends keyof PanelToBackground>(
    type: K,
    payload: PanelToBackground[K]['request'],
  ): Promise<PanelToBackground[K]['response']>;
  getTab(query: { tabId?: number; windowId?: number }): Promise<TabSummary | null>;
  onTabChanged(listener: (tab: TabSummary) => void): () => void;
  /** Opens the library page in a tab. */
  openLibrary(): Promise<void>;
  /** Asks for the notifications permission; call inside the reader's click. */
  requestNotificationPermission(): Promise<boolean>;
  /** Whether the extension may read pages of this URL's site. */
  hasSiteAccess(url: string): Promise<boolean>;
  /** Asks for access to this URL's site; call inside the reader's click, with no await before it. */
  requestSiteAccess(url: string): Promise<boolean>;
  /** The extension's keyboard shortcuts, as the browser has them now. */
  listShortcuts(): Promise<browserApi.KeyboardShortcut[]>;
}

export function createBackgroundClient(): BackgroundClient {
  const request: BackgroundClient['request'] = (type, payload) =>
    browserApi.sendMessage({ type, payload }) as never;
  return {
    request,
    getTab: async (query) => parseTabSummary(await request('getTab', query)),
    onTabChanged: (listener) =>
      browserApi.onMessage((message, sender) => {
        if (sender.id !== browserApi.runtimeId()) return undefined;
        const parsed = parseMessage(message, backgroundToPanelValidators);
        if (parsed?.type === 'tabChanged') listener(parsed.payload);
        return undefined;
      }),
    openLibrary: () => browserApi.openExtensionPage('library/library.html'),
    requestNotificationPermission: () => browserApi.requestNotificationPermission(),
    hasSiteAccess: (url) => browserApi.hasHostPermission(url),
    requestSiteAccess: (url) => browserApi.requestHostPermission(url),
    listShortcuts: () => browserApi.listShortcuts(),
  };
}
