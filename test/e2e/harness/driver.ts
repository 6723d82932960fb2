/**
 * What a scenario may ask of a browser. One implementation per engine (chromium-driver.ts with
 * playwright-core, firefox-driver.ts with puppeteer-core over WebDriver BiDi); scenarios are
 * written against this interface only, so each runs in every browser that supports it.
 */

/** A tab, seen from the test: a web page or an extension page. */
export interface BrowserPage {
  url(): string;
  /** Runs `fn` in the page. In an extension page `chrome.*` is available. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until the element exists and returns its text. */
  textOf(selector: string): Promise<string>;
  /** Waits until the element's text contains `text`. */
  waitForText(selector: string, text: string): Promise<void>;
  /** A real, trusted click (counts as a user gesture). */
  click(selector: string): Promise<void>;
  /** Clicks into the element, moves to the end of its text and types `text` as real keystrokes. */
  type(selector: string, text: string): Promise<void>;
  /** Presses a key (e.g. 'Enter') as a real keystroke in the focused element. */
  press(key: string): Promise<void>;
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

export interface OpenedTab {
  page: BrowserPage;
  /** The extension API's id for this tab. */
  tabId: number;
}

export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionDriver {
  readonly browserName: BrowserName;
  /** `chrome-extension://ID` or `moz-extension://UUID`, without a trailing slash. */
  readonly extensionOrigin: string;
  /**
   * An extension page kept open in the test window, to call the extension API from (as the
   * panel would) and to open other tabs in the same window.
   */
  readonly control: BrowserPage;
  /** Opens `url` in a new tab of the test window and makes it the active tab. */
  openTab(url: string): Promise<OpenedTab>;
  /** Opens an extension page (a path such as `library/library.html`) in a new tab. */
  openExtensionPage(path: string): Promise<BrowserPage>;
  /** Makes a tab the active one, as a user clicking on it would. */
  activateTab(tabId: number): Promise<void>;
  /**
   * Opens the real side panel of the test window through a trusted click (Chromium only), and
   * returns it as a page.
   */
  openRealSidePanel?(): Promise<BrowserPage>;
  /** Stops the background service worker, as the browser does when it idles (Chromium only). */
  stopBackground?(): Promise<void>;
  close(): Promise<void>;
}
