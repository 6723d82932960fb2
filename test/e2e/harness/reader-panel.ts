/**
 * The reading guide as a reader meets it, for scenarios in both browsers: buttons found by what
 * they say, note fields by their labels, the timer as shown, and what the extension has stored
 * (read straight from its IndexedDB in an extension page, to check that nothing was lost).
 */
import type { BrowserPage } from './driver';
import type { Session } from './session';

/** The extension's database (src/adapters/database.ts, DEFAULT_DATABASE_NAME). */
const DATABASE_NAME = 'three-pass-reader';

export interface StoredNote {
  paperKey: string;
  field: string;
  text: string;
  updatedAt: number;
}

export interface StoredTimer {
  paperKey: string;
  pass: number;
  accumulatedMs: number;
  runningSince: number | null;
  lastSeenAlive: number | null;
}

export interface StoredSession {
  paperKey: string;
  pass: number;
  start: number;
  end: number;
  settled?: boolean;
}

export interface StoredPaper {
  key: string;
  title: string;
  state: { kind: string; pass?: number; reason?: string };
  history: Array<{ state: { kind: string; pass?: number }; at: number }>;
}

export interface StoredData {
  papers: StoredPaper[];
  notes: StoredNote[];
  timers: StoredTimer[];
  sessions: StoredSession[];
}

/** Polls `probe` in the page until it returns a value other than null/false/undefined. */
export async function waitInPage<R, A>(
  page: BrowserPage,
  probe: (arg: A) => R | null | undefined | false,
  arg: A,
  what: string,
  timeoutMs = 15_000,
): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(probe, arg);
    if (value !== null && value !== undefined && value !== false) return value as R;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the guide shows a paper whose stored notes are read (fields editable). */
export async function waitForGuide(panel: BrowserPage): Promise<void> {
  await waitInPage(
    panel,
    () => {
      const guide = document.querySelector('[data-testid="paper-guide"]');
      const field = guide?.querySelector('textarea');
      return field !== null && field !== undefined && !field.readOnly;
    },
    undefined,
    'the reading guide with editable notes',
  );
}

/**
 * The guide for the sample paper in a panel serving `tabId`, or a new tab of the sample paper when
 * none is given; resolves once its notes are editable.
 */
export async function openGuide(
  session: Session,
  tabId?: number,
): Promise<{ tabId: number; panel: BrowserPage }> {
  const paperTab = tabId ?? (await session.driver.openTab(samplePaperUrl(session))).tabId;
  const panel = await session.openPanelForTab(paperTab);
  await waitForGuide(panel);
  return { tabId: paperTab, panel };
}

/**
 * Waits until the panel has read the paper's PDF for its checklist (it does so by itself once the
 * paper is stored), so what is stored afterwards no longer changes under a test's feet.
 */
export async function waitForPaperStructure(panel: BrowserPage): Promise<void> {
  await waitInPage(
    panel,
    () =>
      document.querySelector('.structure-status')?.textContent?.includes("From the paper's PDF") ===
      true,
    undefined,
    "the checklist read from the paper's PDF",
  );
}

/**
 * A trusted click on the enabled button that says `name` (its text, without the hidden parts a
 * screen reader also hears). The button is tagged so both drivers can click it by selector.
 */
export async function clickButton(page: BrowserPage, name: string): Promise<void> {
  const tag = await waitInPage(
    page,
    (label: string) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => !b.disabled && (b.textContent ?? '').replace(/\s+/g, ' ').trim() === label,
      );
      if (!button) return null;
      const tagValue = String(Math.random()).slice(2);
      button.dataset.e2eClick = tagValue;
      return tagValue;
    },
    name,
    `an enabled button "${name}"`,
  );
  await page.click(`[data-e2e-click="${tag}"]`);
}

/** The CSS selector of the note field whose label says `label` (in the pass shown). */
export async function noteField(page: BrowserPage, label: string): Promise<string> {
  const id = await waitInPage(
    page,
    (text: string) => {
      const found = [...document.querySelectorAll('label')].find(
        (l) => l.textContent?.trim() === text && l.htmlFor,
      );
      const field = found && document.getElementById(found.htmlFor);
      return field instanceof HTMLTextAreaElement && !field.readOnly ? found!.htmlFor : null;
    },
    label,
    `an editable note field labelled "${label}"`,
  );
  return `#${id}`;
}

/** What the note field labelled `label` holds. */
export async function noteText(page: BrowserPage, label: string): Promise<string> {
  const selector = await noteField(page, label);
  return page.evaluate(
    (s: string) => document.querySelector<HTMLTextAreaElement>(s)!.value,
    selector,
  );
}

/** Types `text` at the end of the note labelled `label`, keystroke by keystroke. */
export async function typeNote(page: BrowserPage, label: string, text: string): Promise<void> {
  await page.type(await noteField(page, label), text);
}

/** Waits until the note labelled `label` holds exactly `text`. */
export async function waitForNote(page: BrowserPage, label: string, text: string): Promise<void> {
  const selector = await noteField(page, label);
  await waitInPage(
    page,
    ([s, expected]: [string, string]) =>
      document.querySelector<HTMLTextAreaElement>(s)?.value === expected,
    [selector, text] as [string, string],
    `the note "${label}" to read ${JSON.stringify(text)}`,
  );
}

/** The save indicator's words (Saved / Saving… / Not saved: ...). */
export function saveStatus(page: BrowserPage): Promise<string> {
  return page.evaluate(
    () => document.querySelector('.save-indicator')?.textContent ?? '',
    undefined,
  );
}

export async function waitForSaveStatus(page: BrowserPage, startsWith: string): Promise<string> {
  return waitInPage(
    page,
    (prefix: string) => {
      const text = document.querySelector('.save-indicator')?.textContent ?? '';
      return text.startsWith(prefix) ? text : null;
    },
    startsWith,
    `the save indicator to say "${startsWith}"`,
  );
}

/** The shown pass's elapsed time in whole seconds, as the reader reads it (h:mm:ss). */
export async function shownElapsedSeconds(page: BrowserPage): Promise<number> {
  const text = await page.textOf('[data-testid="timer-elapsed"]');
  const match = /^(\d+):(\d\d):(\d\d)$/.exec(text.trim());
  if (!match) throw new Error(`the timer shows "${text}", not h:mm:ss`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** The reading state line under the paper's title. */
export function shownState(page: BrowserPage): Promise<string> {
  return page.textOf('[data-testid="paper-state"]');
}

/**
 * Everything the extension stored, read in an extension page straight from IndexedDB (the same
 * origin as the panel), without going through the code under test.
 */
export async function readStoredData(page: BrowserPage): Promise<StoredData> {
  // Passed back as JSON: WebDriver BiDi drops an object met twice in one value (a paper's state
  // is also its last history entry's state), JSON writes it out each time.
  const json = await page.evaluate(
    (name: string) =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['papers', 'reading'], 'readonly');
          const papers = tx.objectStore('papers').getAll();
          // Schema 2: one record per paper holds its notes and timers (by field and pass) and sessions.
          const reading = tx.objectStore('reading').getAll();
          tx.oncomplete = () => {
            db.close();
            const records = reading.result as {
              notes: Record<string, unknown>;
              timers: Record<string, unknown>;
              sessions: unknown[];
            }[];
            resolve(
              JSON.stringify({
                papers: papers.result,
                notes: records.flatMap((r) => Object.values(r.notes)),
                timers: records.flatMap((r) => Object.values(r.timers)),
                sessions: records.flatMap((r) => r.sessions),
              }),
            );
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    DATABASE_NAME,
  );
  return JSON.parse(json) as StoredData;
}

/** The one paper stored (each scenario starts from a fresh profile with the sample paper only). */
export async function theStoredPaper(page: BrowserPage): Promise<StoredPaper> {
  const { papers } = await readStoredData(page);
  if (papers.length !== 1) throw new Error(`expected one stored paper, found ${papers.length}`);
  return papers[0]!;
}

/** Sum of the recorded reading sessions of one pass of one paper, in ms. */
export function sessionTotalMs(data: StoredData, paperKey: string, pass: number): number {
  return data.sessions
    .filter((s) => s.paperKey === paperKey && s.pass === pass)
    .reduce((sum, s) => sum + (s.end - s.start), 0);
}

/**
 * The sample paper's address as each browser can see it as a paper: the arXiv abstract page where
 * arxiv.org is mapped (Chromium), else the PDF by its .pdf address (recognised by URL).
 */
export function samplePaperUrl(session: Pick<Session, 'arxivMapped' | 'sampleUrl'>): string {
  return session.sampleUrl(session.arxivMapped ? 'abstract' : 'pdfWithSuffix');
}
