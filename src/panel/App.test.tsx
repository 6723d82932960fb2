// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../test/fixtures/wait-for';
import {
  DatabaseError,
  openReadingDatabase,
  type DatabaseChange,
  type ReadingDatabase,
} from '../adapters/database';
import type { TabSummary } from '../core/messages';
import type { PageMetadata } from '../core/metadata/page-metadata';
import { PdfAnalysisError } from '../adapters/pdfjs/pdf-analysis-error';
import { identifyTab } from '../core/identity/identify-tab';
import { makeIdentity } from '../core/identity/paper-identity';
import { paperFromPage } from '../core/paper-from-page';
import { App } from './App';
import type { BackgroundClient } from './background-client';
import type { ReadAbstractPage } from './use-abstract-page';
import type { AnalysePdf } from './use-paper-structure';
import {
  PDF_STRUCTURE_FORMAT_VERSION,
  type PdfStructure,
} from '../core/pdf-structure/pdf-structure';

const PAPER_URL = 'https://arxiv.org/abs/2106.09608v2';
const PAPER_KEY = 'arxiv:2106.09608';

const METADATA: PageMetadata = {
  isPaper: true,
  title: 'Learning to Read Papers',
  authors: [
    { name: 'Ada Lovelace', original: 'Lovelace, Ada' },
    { name: 'Alan Turing', original: 'Turing, Alan' },
  ],
  version: 'v2',
  unreadable: [],
};

function tabFor(url: string, title: string, metadata?: PageMetadata): TabSummary {
  return { tabId: 7, windowId: 1, url, title, ...(metadata ? { metadata } : {}) } as TabSummary;
}

/** Stands in for the background: serves one tab and records what the panel asked for. */
function fakeClient(tab: TabSummary | null, options: { siteAccess?: boolean } = {}) {
  const calls = {
    openLibrary: 0,
    requestNotificationPermission: 0,
    requestSiteAccess: [] as string[],
    requests: [] as { type: string; payload: unknown }[],
  };
  const tabListeners = new Set<(tab: TabSummary) => void>();
  let siteAccess = options.siteAccess ?? true;
  const client: BackgroundClient = {
    request: async (type, payload) => {
      calls.requests.push({ type, payload });
      return { ok: true } as never;
    },
    getTab: async () => tab,
    onTabChanged: (listener) => {
      tabListeners.add(listener);
      return () => tabListeners.delete(listener);
    },
    openLibrary: async () => {
      calls.openLibrary++;
    },
    requestNotificationPermission: async () => {
      calls.requestNotificationPermission++;
      return true;
    },
    hasSiteAccess: async () => siteAccess,
    requestSiteAccess: async (url) => {
      calls.requestSiteAccess.push(url);
      siteAccess = true;
      return true;
    },
    listShortcuts: async () => [
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+P' },
      {
        name: 'toggle-timer',
        description: 'Start or pause the timer of the current pass',
        shortcut: '',
      },
    ],
  };
  const tabChanged = (next: TabSummary) => act(() => tabListeners.forEach((l) => l(next)));
  return { client, calls, tabChanged };
}

/** Other pages' writes, sent by hand: the test plays the second window. */
function fakeChanges() {
  const listeners = new Set<(change: DatabaseChange) => void>();
  return {
    changes: (listener: (change: DatabaseChange) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (change: DatabaseChange) => act(() => listeners.forEach((listener) => listener(change))),
  };
}

let databaseCount = 0;
let container: HTMLElement | undefined;
const opened: ReadingDatabase[] = [];

async function openTestDatabase(): Promise<ReadingDatabase> {
  const db = await openReadingDatabase(`panel-test-${++databaseCount}`);
  opened.push(db);
  return db;
}

afterEach(() => {
  localStorage.clear();
  if (container) render(null, container);
  container?.remove();
  container = undefined;
  for (const db of opened.splice(0)) db.close();
});

interface Mounted {
  root: HTMLElement;
  db: ReadingDatabase;
  calls: ReturnType<typeof fakeClient>['calls'];
  tabChanged: ReturnType<typeof fakeClient>['tabChanged'];
  emit: ReturnType<typeof fakeChanges>['emit'];
}

async function mount(
  tab: TabSummary | null,
  options: {
    db?: ReadingDatabase;
    noteDelayMs?: number;
    siteAccess?: boolean;
    analysePdf?: AnalysePdf;
    readAbstractPage?: ReadAbstractPage;
  } = {},
): Promise<Mounted> {
  const db = options.db ?? (await openTestDatabase());
  const { client, calls, tabChanged } = fakeClient(tab, { siteAccess: options.siteAccess ?? true });
  const { changes, emit } = fakeChanges();
  container = document.createElement('div');
  document.body.append(container);
  const root = container;
  await act(() => {
    render(
      <App
        client={client}
        database={Promise.resolve(db)}
        changes={changes}
        pinnedTabId={tab?.tabId}
        {...(options.analysePdf ? { analysePdf: options.analysePdf } : {})}
        {...(options.readAbstractPage ? { readAbstractPage: options.readAbstractPage } : {})}
        noteSaverOptions={{ delayMs: options.noteDelayMs ?? 20 }}
      />,
      root,
    );
  });
  return { root, db, calls, tabChanged, emit };
}

const text = (root: HTMLElement) => root.textContent ?? '';

function button(root: HTMLElement, label: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
}

async function click(element: HTMLElement) {
  await act(() => element.click());
}

async function type(field: HTMLTextAreaElement | HTMLInputElement, value: string) {
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function paperShown(root: HTMLElement) {
  await waitFor(() => root.querySelector('[data-testid="paper-guide"]'), 'the paper guide');
}

/** A paper's structure as the PDF analysis gives it. */
const structure: PdfStructure = {
  formatVersion: PDF_STRUCTURE_FORMAT_VERSION,
  fingerprint: 'f00d',
  pageCount: 9,
  pagesAnalysed: 9,
  title: 'Learning to Read Papers',
  titleSource: 'typography',
  authors: [],
  abstract: null,
  hasTextLayer: true,
  headings: [
    { text: 'Introduction', number: '1', level: 1, page: 1 },
    { text: 'Reading in passes', number: '2', level: 1, page: 2 },
    { text: 'Conclusions', number: '3', level: 1, page: 8 },
  ],
  headingsSource: 'typography',
  conclusionsIndex: 2,
  figures: [{ label: 'Figure', number: '1', caption: 'Time per pass.', page: 3 }],
  tables: [],
  references: [{ index: 1, text: 'S. Keshav. How to read a paper. 2007.' }],
  arxivId: '2106.09608',
  doi: null,
  notes: [],
};

describe('side panel', () => {
  it('shows the paper: title, authors, version and where the reader is', async () => {
    const { root } = await mount(tabFor(PAPER_URL, '[2106.09608] Tab title', METADATA));
    await paperShown(root);
    expect(root.querySelector('h2.paper-title')?.textContent).toBe('Learning to Read Papers');
    expect(root.querySelector('.paper-authors')?.textContent).toBe('Ada Lovelace, Alan Turing');
    expect(root.querySelector('.paper-details')?.textContent).toContain('v2');
    expect(root.querySelector('[data-testid="paper-state"]')?.textContent).toContain('Not started');
    expect(button(root, 'Start pass 1')).toBeDefined();
    // Before pass 1 there is nothing to stop or go back to.
    expect(button(root, 'Not relevant to me')).toBeUndefined();
    expect(button(root, 'Mark as done')).toBeUndefined();
  });

  it('says plainly when the tab is not a paper, and shows the tab', async () => {
    const { root } = await mount(tabFor('https://example.org/news', 'Some news'));
    await waitFor(() => text(root).includes('does not look like a research paper'), 'message');
    expect(text(root)).toContain('Some news');
    expect(text(root)).toContain('https://example.org/news');
    expect(root.querySelector('[data-testid="paper-guide"]')).toBeNull();
  });

  it('starting pass 1 records the move, starts its timer and offers the next moves', async () => {
    const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    await click(button(root, 'Start pass 1')!);
    await waitFor(() => button(root, 'Go on to pass 2'), 'the moves after pass 1');

    const stored = await db.getPaper(PAPER_KEY);
    expect(stored?.state).toEqual({ kind: 'in-pass', pass: 1 });
    expect(stored?.history.map((change) => change.state)).toEqual([{ kind: 'in-pass', pass: 1 }]);
    const timers = await db.getTimers(PAPER_KEY);
    expect(timers.find((timer) => timer.pass === 1)?.runningSince).not.toBeNull();
    expect(text(root)).toContain("Pass 1: the bird's-eye view");
    for (const reason of [
      'Not relevant to me',
      'I lack the background for now',
      'The assumptions look wrong',
    ]) {
      expect(button(root, reason), reason).toBeDefined();
    }
    expect(button(root, 'Pause timer')).toBeDefined();
    // The clicked button is gone: the keyboard lands on the pass's heading, not on a next move.
    await waitFor(
      () => document.activeElement === root.querySelector('h2.pass-title'),
      'focus on the pass heading',
    );
    expect(document.activeElement?.textContent).toBe("Pass 1: the bird's-eye view");
  });

  it('stopping after pass 1 for a reason stores that reason and pauses the timer', async () => {
    const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    await click(button(root, 'Start pass 1')!);
    const stop = () => button(root, 'I lack the background for now');
    await click(await waitFor(() => !stop()?.disabled && stop(), 'stop'));
    await waitFor(() => text(root).includes('Stopped after pass 1'), 'the stopped state');
    expect((await db.getPaper(PAPER_KEY))?.state).toEqual({
      kind: 'stopped',
      reason: 'lacks-background',
    });
    await waitFor(
      async () => (await db.getTimers(PAPER_KEY)).every((timer) => timer.runningSince === null),
      'the paused timer',
    );
    expect(button(root, 'Back to pass 1')).toBeDefined();
  });

  it('ticking a checklist step keeps the tick in the paper', async () => {
    const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    const box = root.querySelector<HTMLInputElement>('.checklist input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    await click(box);
    const stored = await waitFor(async () => {
      const paper = await db.getPaper(PAPER_KEY);
      return paper && Object.keys(paper.checklist).length > 0 ? paper : undefined;
    }, 'the stored tick');
    expect(Object.keys(stored.checklist)).toEqual(['p1-opening']);
    expect(text(root)).toContain('1 of 7 done');
  });

  it('two quick ticks are both kept', async () => {
    const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    const boxes = root.querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]');
    await act(() => {
      boxes[0]!.click();
      boxes[1]!.click();
    });
    const stored = await waitFor(async () => {
      const paper = await db.getPaper(PAPER_KEY);
      return paper && Object.keys(paper.checklist).length === 2 ? paper : undefined;
    }, 'both ticks stored');
    expect(Object.keys(stored.checklist).sort()).toEqual(['p1-headings', 'p1-opening']);
  });

  it('typing a note shows saving, then saved, and the note is in the database', async () => {
    const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { noteDelayMs: 50 });
    await paperShown(root);
    const field = await waitFor(
      () => root.querySelector<HTMLTextAreaElement>('#note-category:not([readonly])'),
      'the category note',
    );
    await type(field, 'A measurement paper');
    expect(root.querySelector('.save-indicator')?.textContent).toBe('Saving…');
    await waitFor(() => root.querySelector('.save-indicator')?.textContent === 'Saved', 'saved');
    const notes = await db.getNotes(PAPER_KEY);
    expect(notes.find((note) => note.field === 'category')?.text).toBe('A measurement paper');
    // The first note put the paper in the library.
    expect(await db.getPaper(PAPER_KEY)).toBeDefined();
  });

  it('a failing write shows failed with the reason and keeps the text', async () => {
    const db = await openTestDatabase();
    const failing: ReadingDatabase = Object.assign(Object.create(db) as ReadingDatabase, {
      saveNote: () => Promise.reject(new DatabaseError('quota-exceeded', 'The disk is full.')),
    });
    const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { db: failing });
    await paperShown(root);
    const field = await waitFor(
      () => root.querySelector<HTMLTextAreaElement>('#note-contributions:not([readonly])'),
      'the contributions note',
    );
    await type(field, 'Every keystroke matters');
    const indicator = await waitFor(
      () => root.querySelector('.save-failed'),
      'the failed indicator',
    );
    expect(indicator.textContent).toContain('The disk is full.');
    expect(field.value).toBe('Every keystroke matters');
  });

  it('an edit from another panel appears, and an older one does not replace newer text', async () => {
    const { root, db, emit } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    const field = await waitFor(
      () => root.querySelector<HTMLTextAreaElement>('#note-clarity:not([readonly])'),
      'the clarity note',
    );
    const other = Date.now();
    await db.saveNote({
      paperKey: PAPER_KEY,
      field: 'clarity',
      text: 'From the other window',
      updatedAt: other,
    });
    await emit({ kind: 'note', paperKey: PAPER_KEY, field: 'clarity', updatedAt: other });
    await waitFor(() => field.value === 'From the other window', 'the other window’s text');

    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    await type(field, 'Typed here, newest');
    // The other window's older edit is announced again (a late message): it must not win.
    await emit({ kind: 'note', paperKey: PAPER_KEY, field: 'clarity', updatedAt: other });
    await waitFor(() => root.querySelector('.save-indicator')?.textContent === 'Saved', 'saved');
    expect(field.value).toBe('Typed here, newest');
    const stored = (await db.getNotes(PAPER_KEY)).find((note) => note.field === 'clarity');
    expect(stored?.text).toBe('Typed here, newest');
  });

  it('a note whose write a closing panel could not finish is written by the next panel', async () => {
    const db = await openTestDatabase();
    // As in Firefox, where closing the page aborts a write begun as it closes.
    const closing: ReadingDatabase = Object.assign(Object.create(db) as ReadingDatabase, {
      saveNote: () => new Promise<never>(() => undefined),
    });
    const first = await mount(tabFor(PAPER_URL, 'Tab', METADATA), {
      db: closing,
      noteDelayMs: 10_000,
    });
    await paperShown(first.root);
    const field = await waitFor(
      () => first.root.querySelector<HTMLTextAreaElement>('#note-category:not([readonly])'),
      'the category note',
    );
    await type(field, 'Typed as the panel closed');
    expect(first.root.querySelector('.save-indicator')?.textContent).toBe('Saving…');
    await act(() => render(null, container!));

    const second = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { db });
    await waitFor(
      () =>
        second.root.querySelector<HTMLTextAreaElement>('#note-category')?.value ===
        'Typed as the panel closed',
      'the recovered note',
    );
    const stored = (await db.getNotes(PAPER_KEY)).find((note) => note.field === 'category');
    expect(stored?.text).toBe('Typed as the panel closed');
    // The paper the note belongs to is in the library too.
    await waitFor(async () => (await db.getPaper(PAPER_KEY)) !== undefined, 'the paper stored');
  });

  it('a hostile title shows as text and runs nothing', async () => {
    const hostile = '<script>window.hacked = true</script><img src=x onerror="window.hacked=true">';
    const { root } = await mount(
      tabFor(PAPER_URL, hostile, {
        ...METADATA,
        title: hostile,
        authors: [{ name: hostile, original: hostile }],
      }),
    );
    await paperShown(root);
    expect(root.querySelector('h2.paper-title')?.textContent).toBe(hostile);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('reset asks first; keeping the time keeps it, confirming sets it to zero', async () => {
    const { root, db, emit } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    await click(button(root, 'Start pass 1')!);
    await click(await waitFor(() => button(root, 'Pause timer'), 'pause'));
    // As if pass 1 had been read for three minutes, in another window.
    await db.startTimer(PAPER_KEY, 1, Date.now() - 180_000);
    await db.pauseTimer(PAPER_KEY, 1, Date.now());
    await emit({ kind: 'timer', paperKey: PAPER_KEY });
    const elapsed = () => root.querySelector('[data-testid="timer-elapsed"]')?.textContent;
    await waitFor(() => elapsed()?.startsWith('0:03:'), 'three minutes');

    await click(button(root, 'Reset…')!);
    expect(text(root)).toContain('Set the pass 1 timer back to zero?');
    await click(button(root, 'Keep the time')!);
    expect(elapsed()).toMatch(/^0:03:/);

    await click(button(root, 'Reset…')!);
    await click(button(root, 'Reset to zero')!);
    await waitFor(() => elapsed() === '0:00:00', 'zero');
    const timer = (await db.getTimers(PAPER_KEY)).find((t) => t.pass === 1);
    expect(timer?.accumulatedMs).toBe(0);
  });

  it('says gently when the pass budget is reached', async () => {
    const db = await openTestDatabase();
    await db.saveSettings({
      profile: 'custom',
      budgetsMinutes: { 1: 1, 2: 60, 3: 60 },
      notifyOnBudget: false,
    });
    const { root, emit } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { db });
    await paperShown(root);
    await click(button(root, 'Start pass 1')!);
    await waitFor(() => button(root, 'Pause timer'), 'running');
    expect(root.querySelector('.budget-reached')).toBeNull();
    // The running stretch began 90 s ago: past the 1-minute budget.
    await db.pauseTimer(PAPER_KEY, 1, Date.now());
    await db.startTimer(PAPER_KEY, 1, Date.now() - 90_000);
    await emit({ kind: 'timer', paperKey: PAPER_KEY });
    const signal = await waitFor(() => root.querySelector('.budget-reached'), 'the signal');
    expect(signal.textContent).toContain('budget of 1 min');
  });

  it('settings: choosing a profile is saved and changes the shown budget', async () => {
    const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    expect(root.querySelector('.timer-budget')?.textContent).toContain('10 min');
    await waitFor(() => root.querySelector('input[name="budget-profile"]'), 'the settings');
    const experienced = [
      ...root.querySelectorAll<HTMLInputElement>('input[name="budget-profile"]'),
    ].find((input) => input.value === 'experienced')!;
    await click(experienced);
    await waitFor(async () => (await db.getSettings()).profile === 'experienced', 'saved');
    expect(text(root)).toContain('Pass 3: 1 h');
  });

  it('lists the keyboard shortcuts as the browser has them', async () => {
    const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    const shortcuts = await waitFor(
      () => root.querySelector<HTMLDetailsElement>('details.shortcuts'),
      'the shortcuts menu',
    );
    expect(shortcuts.querySelector('summary')?.textContent).toBe('Keyboard shortcuts');
    await act(() => {
      shortcuts.open = true;
      shortcuts.dispatchEvent(new Event('toggle'));
    });
    await waitFor(() => shortcuts.querySelector('.shortcut'), 'the shortcuts');
    const rows = [...shortcuts.querySelectorAll('.shortcut')].map((row) => row.textContent);
    expect(rows).toEqual([
      'Alt+Shift+POpen the reading panel',
      'not setStart or pause the timer of the current pass',
    ]);
  });

  it('opens the library through the client', async () => {
    const { root, calls } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await click(button(root, 'Open library')!);
    expect(calls.openLibrary).toBe(1);
  });

  it('labels every control', async () => {
    const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    await click(root.querySelector('summary')!);
    const controls = [...root.querySelectorAll('input, textarea, button')];
    expect(controls.length).toBeGreaterThan(20);
    for (const control of controls) {
      const id = control.getAttribute('id');
      const name =
        control.getAttribute('aria-label') ??
        control.closest('label')?.textContent ??
        (id ? root.querySelector(`label[for="${id}"]`)?.textContent : undefined) ??
        (control.tagName === 'BUTTON' ? control.textContent : undefined);
      expect(name?.trim(), `${control.tagName} ${id ?? ''}`).toBeTruthy();
    }
  });

  it('tells the background after a change, so badges and alarms follow', async () => {
    const { root, calls } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    await click(button(root, 'Start pass 1')!);
    await waitFor(
      () => calls.requests.some((r) => r.type === 'readingChanged'),
      'the readingChanged message',
    );
  });

  it('takes the page metadata that arrives after the panel opened', async () => {
    const { root, tabChanged } = await mount(tabFor(PAPER_URL, '[2106.09608] From the tab'));
    await paperShown(root);
    expect(root.querySelector('h2.paper-title')?.textContent).toBe('From the tab');
    await tabChanged({ ...tabFor(PAPER_URL, '[2106.09608] From the tab', METADATA), tabId: 99 });
    expect(root.querySelector('h2.paper-title')?.textContent).toBe('From the tab');
    await tabChanged(tabFor(PAPER_URL, '[2106.09608] From the tab', METADATA));
    await waitFor(
      () => root.querySelector('h2.paper-title')?.textContent === 'Learning to Read Papers',
      'the title from the metadata',
    );
    expect(root.querySelector('.paper-authors')?.textContent).toBe('Ada Lovelace, Alan Turing');
  });

  it('asks for access to a site it may not read, then has the page read', async () => {
    const url = 'https://journals.example.org/article/42';
    const { root, calls } = await mount(tabFor(url, 'An article'), { siteAccess: false });
    const allow = await waitFor(() => button(root, 'Let it read journals.example.org'), 'offer');
    await click(allow);
    await waitFor(() => calls.requests.some((r) => r.type === 'readPage'), 'readPage');
    expect(calls.requestSiteAccess).toEqual([url]);
    expect(calls.requests.find((r) => r.type === 'readPage')?.payload).toEqual({ tabId: 7 });
    await waitFor(() => !button(root, 'Let it read journals.example.org'), 'the offer gone');
  });

  it('tells the reader about a timer settled after the browser quit, until acknowledged', async () => {
    const db = await openTestDatabase();
    const start = Date.now() - 3_600_000;
    await db.importAll({
      papers: [],
      notes: [],
      timers: [],
      sessions: [{ paperKey: PAPER_KEY, pass: 2, start, end: start + 600_000, settled: true }],
    });
    const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { db });
    await paperShown(root);
    const notice = await waitFor(() => root.querySelector('.settled-notice'), 'the notice');
    expect(notice.textContent).toContain('pass 2 timer was still running when the browser closed');
    expect(notice.textContent).toContain('0:10:00');
    await click(button(root, 'Got it')!);
    expect(root.querySelector('.settled-notice')).toBeNull();

    await act(() => render(null, container!));
    const again = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { db });
    await paperShown(again.root);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(again.root.querySelector('.settled-notice')).toBeNull();
  });

  it('shows the notice when the background settles a timer after the panel opened', async () => {
    const { root, db, emit } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    await click(button(root, 'Start pass 1')!);
    await waitFor(() => button(root, 'Pause timer'), 'running');
    expect(root.querySelector('.settled-notice')).toBeNull();
    // As the background does at start-up: settle the running timer to its last sign of life.
    const started = Date.now();
    await db.heartbeat(started + 5_000);
    await db.settleAbandonedTimers(started + 60_000, 0);
    await emit({ kind: 'timer', paperKey: PAPER_KEY });
    await waitFor(() => root.querySelector('.settled-notice'), 'the notice');
    await waitFor(() => button(root, 'Resume timer'), 'the timer shown paused');
  });

  describe('checklists from the paper’s PDF', () => {
    it('reads the PDF with no click, lists the paper’s headings, and keeps their ticks', async () => {
      const asked: string[] = [];
      const analysePdf: AnalysePdf = async (source, { onProgress }) => {
        if ('url' in source) asked.push(source.url);
        onProgress?.(9, 9);
        return structure;
      };
      const { root, db, calls } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { analysePdf });
      await paperShown(root);
      await waitFor(() => text(root).includes('2 Reading in passes'), 'the paper’s headings');
      expect(asked).toEqual(['https://arxiv.org/pdf/2106.09608']);
      expect(calls.requestSiteAccess).toEqual([]);
      expect(button(root, "Build the checklist from this paper's PDF")).toBeUndefined();
      expect(text(root)).toContain('S. Keshav. How to read a paper. 2007.');
      expect(text(root)).toContain('3 headings, 1 figure, 1 reference');
      // Reading its PDF does not put a paper in the library: the reader's first action does.
      expect(await db.getPaper(PAPER_KEY)).toBeUndefined();

      const heading = [...root.querySelectorAll('label.checklist-item')].find((label) =>
        label.textContent?.startsWith('1 Introduction'),
      );
      await click(heading!.querySelector('input')!);
      const stored = await waitFor(async () => {
        const paper = await db.getPaper(PAPER_KEY);
        const ticked = paper && Object.keys(paper.checklist).length > 0;
        return ticked && paper.aliases.includes('fingerprint:f00d') ? paper : undefined;
      }, 'the tick');
      expect(Object.keys(stored.checklist)[0]).toMatch(/^p1-headings:/);
      // The same file opened from elsewhere will find this paper by its fingerprint.
      expect(stored.aliases).toContain('fingerprint:f00d');
      expect(await db.getCached('pdfStructures', PAPER_KEY)).toEqual(structure);
    });

    it('on a site it may not read yet, asks on the reader’s click, then reads the PDF', async () => {
      const asked: string[] = [];
      const analysePdf: AnalysePdf = async (source) => {
        if ('url' in source) asked.push(source.url);
        return structure;
      };
      const { root, calls } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), {
        analysePdf,
        siteAccess: false,
      });
      await paperShown(root);
      const offer = await waitFor(
        () => button(root, "Build the checklist from this paper's PDF"),
        'the offer',
      );
      expect(asked).toEqual([]);
      await click(offer);
      await waitFor(() => text(root).includes('2 Reading in passes'), 'the paper’s headings');
      expect(calls.requestSiteAccess).toEqual(['https://arxiv.org/pdf/2106.09608']);
    });

    it('a reading the reader stops stays stopped until they ask again', async () => {
      let release: (s: PdfStructure) => void = () => undefined;
      let aborted = false;
      const analysePdf: AnalysePdf = (_source, { signal, onProgress }) =>
        new Promise((resolve) => {
          onProgress?.(1, 9);
          signal?.addEventListener('abort', () => (aborted = true));
          release = resolve;
        });
      const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { analysePdf });
      await waitFor(() => text(root).includes('page 1 of 9'), 'the progress');
      await click(button(root, 'Stop reading')!);
      expect(aborted).toBe(true);
      release(structure);
      const offer = await waitFor(
        () => button(root, "Build the checklist from this paper's PDF"),
        'the offer again',
      );
      expect(text(root)).not.toContain('2 Reading in passes');
      await click(offer);
      release(structure);
      await waitFor(() => text(root).includes('2 Reading in passes'), 'the paper’s headings');
    });

    it('reads the PDF once, and uses the cache after', async () => {
      let readings = 0;
      const analysePdf: AnalysePdf = async () => {
        readings++;
        return structure;
      };
      const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { analysePdf });
      await paperShown(root);
      await waitFor(() => text(root).includes('1 Introduction'), 'the headings');
      expect(readings).toBe(1);

      await act(() => render(null, container!));
      const again = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { db, analysePdf });
      await waitFor(() => text(again.root).includes('1 Introduction'), 'the cached headings');
      expect(readings).toBe(1);
    });

    it('a PDF that cannot be read leaves the generic steps and says why', async () => {
      const analysePdf: AnalysePdf = () =>
        Promise.reject(new Error('This PDF is protected by a password.'));
      const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { analysePdf });
      await paperShown(root);
      const alert = await waitFor(() => root.querySelector('.structure-status .error'), 'alert');
      expect(alert.textContent).toContain('protected by a password');
      expect(text(root)).toContain('Skim the section headings');
      expect(button(root, 'Try again')).toBeDefined();
    });

    /** A paper already in the library, with a note the reader wrote. */
    async function storedPaper(db: ReadingDatabase, aliases: string[] = []) {
      const paper = paperFromPage(
        makeIdentity('arxiv', '2106.09608', 'v2', 'abstract'),
        METADATA,
        'Tab',
        1000,
      );
      await db.putPaper({ ...paper, aliases: [...paper.aliases, ...aliases] });
      await db.saveNote({
        paperKey: PAPER_KEY,
        field: 'clarity',
        text: 'Clear enough',
        updatedAt: 5,
      });
    }

    const DOWNLOADED = 'https://files.example.org/downloads/paper%20(1).pdf';
    const pdfTab = (url: string) => ({
      ...tabFor(url, 'paper (1).pdf'),
      contentType: 'application/pdf',
    });

    it('on an arXiv PDF tab, shows title and authors from the abstract page and headings, with no click', async () => {
      const abstractPages: string[] = [];
      const readAbstractPage: ReadAbstractPage = async (url) => {
        abstractPages.push(url);
        return METADATA;
      };
      const pdfUrl = 'https://arxiv.org/pdf/2106.09608v2';
      const { root, db } = await mount(
        { ...tabFor(pdfUrl, 'arXiv 2106.09608v2'), contentType: 'application/pdf' },
        { analysePdf: async () => ({ ...structure, title: null }), readAbstractPage },
      );
      await waitFor(() => text(root).includes('Learning to Read Papers'), 'the title');
      expect(root.querySelector('.paper-authors')?.textContent).toBe('Ada Lovelace, Alan Turing');
      await waitFor(() => text(root).includes('2 Reading in passes'), 'the headings');
      expect(abstractPages).toEqual(['https://arxiv.org/abs/2106.09608v2']);
      expect(await db.getPaper(PAPER_KEY)).toBeUndefined();
    });

    it('without the abstract page, title and authors come from the PDF’s first page', async () => {
      const { root } = await mount(
        {
          ...tabFor('https://arxiv.org/pdf/2106.09608v2', 'arXiv 2106.09608v2'),
          contentType: 'application/pdf',
        },
        {
          analysePdf: async () => ({ ...structure, authors: ['Grace Hopper'] }),
          readAbstractPage: () => Promise.reject(new TypeError('Failed to fetch')),
        },
      );
      await waitFor(() => text(root).includes('Learning to Read Papers'), 'the PDF’s title');
      expect(root.querySelector('.paper-authors')?.textContent).toBe('Grace Hopper');
    });

    it('a PDF at an unknown address that names an arXiv id opens that paper’s notes, at once next time', async () => {
      const db = await openTestDatabase();
      await storedPaper(db);
      let readings = 0;
      const analysePdf: AnalysePdf = async () => {
        readings++;
        return structure;
      };
      const { root } = await mount(pdfTab(DOWNLOADED), { db, analysePdf });
      await paperShown(root);
      expect(text(root)).not.toContain('Learning to Read Papers');
      await waitFor(() => text(root).includes('Learning to Read Papers'), 'the stored paper');
      await waitFor(
        () =>
          root.querySelector<HTMLTextAreaElement>('#note-clarity:not([readonly])')?.value ===
          'Clear enough',
        'the stored paper’s note',
      );
      expect(text(root)).toContain('2 Reading in passes');
      const urlKey = identifyTab({
        url: DOWNLOADED,
        title: '',
        contentType: 'application/pdf',
      })!.key;
      const linked = await db.getPaper(PAPER_KEY);
      expect(linked?.aliases).toEqual(expect.arrayContaining([urlKey, 'fingerprint:f00d']));
      // The address was not stored as a paper of its own.
      expect(await db.getPaper(urlKey)).toBeUndefined();

      await act(() => render(null, container!));
      const again = await mount(pdfTab(DOWNLOADED), { db, analysePdf });
      await waitFor(() => text(again.root).includes('2 Reading in passes'), 'the cached headings');
      expect(text(again.root)).toContain('Learning to Read Papers');
      expect(readings).toBe(1);
    });

    it('a local PDF picked from the computer reaches the paper whose fingerprint it has', async () => {
      const db = await openTestDatabase();
      await storedPaper(db, ['fingerprint:f00d']);
      const received: number[][] = [];
      const analysePdf: AnalysePdf = async (source) => {
        if ('data' in source) received.push([...new Uint8Array(source.data)]);
        return { ...structure, arxivId: null };
      };
      const { root } = await mount(pdfTab('file:///home/ada/Downloads/x.pdf'), { db, analysePdf });
      await paperShown(root);
      const input = await waitFor(
        () => root.querySelector<HTMLInputElement>('input[type="file"][accept="application/pdf"]'),
        'the file picker',
      );
      expect(input.closest('label')?.textContent).toContain('Open a PDF from your computer…');
      // A local file cannot be fetched: no offer that could only fail (once the cache was asked).
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(button(root, "Build the checklist from this paper's PDF")).toBeUndefined();
      const file = new File([new Uint8Array([37, 80, 68, 70])], 'x.pdf', {
        type: 'application/pdf',
      });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitFor(() => text(root).includes('Learning to Read Papers'), 'the linked paper');
      expect(received).toEqual([[37, 80, 68, 70]]);
      const linked = await db.getPaper(PAPER_KEY);
      expect(linked?.aliases).toContain('url:file:///home/ada/Downloads/x.pdf');
    });

    it('marks references in the library, and adds a relevant unread one to the reading queue', async () => {
      const db = await openTestDatabase();
      const known = paperFromPage(
        makeIdentity('doi', '10.1145/1273445.1273458'),
        undefined,
        'x',
        1,
      );
      await db.putPaper({ ...known, title: 'How to read a paper', queuePosition: 4 });
      const withRefs: PdfStructure = {
        ...structure,
        references: [
          { index: 1, text: 'S. Keshav. How to read a paper. SIGCOMM CCR, 2007.' },
          {
            index: 2,
            text: 'A. Vaswani et al. Attention is all you need. arXiv:1706.03762, 2017.',
          },
        ],
      };
      const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), {
        db,
        analysePdf: async () => withRefs,
      });
      await paperShown(root);
      const keshav = await waitFor(
        () =>
          [...root.querySelectorAll('label.checklist-item')].find((l) =>
            l.textContent?.includes('S. Keshav'),
          ),
        'the references',
      );
      await waitFor(() => keshav.textContent?.includes('In your library'), 'the library mark');
      const vaswani = [...root.querySelectorAll('label.checklist-item')].find((l) =>
        l.textContent?.includes('Vaswani'),
      );
      expect(vaswani?.textContent).not.toContain('In your library');

      await click(button(root, 'Pass 2')!);
      // Pass 2's parts come in their own chunk: wait for them.
      await waitFor(() => root.querySelector('.unread-references li'), 'the references');
      const rows = [...root.querySelectorAll('.unread-references li')];
      expect(rows[0]?.textContent).toContain('In your library');
      await click(rows[1]!.querySelector('button')!);
      await waitFor(() => rows[1]!.textContent?.includes('Added to your reading queue'), 'added');
      const added = await db.getPaper('arxiv:1706.03762');
      expect(added).toMatchObject({
        title: 'Attention is all you need',
        state: { kind: 'not-started' },
        citedBy: PAPER_KEY,
        queuePosition: 5,
      });
      // The citing paper is kept too, so the link leads somewhere.
      expect(await db.getPaper(PAPER_KEY)).toBeDefined();
    });

    const badPdfs: [string, AnalysePdf, RegExp][] = [
      ['corrupt', () => Promise.reject(new PdfAnalysisError('corrupt')), /damaged or incomplete/],
      ['encrypted', () => Promise.reject(new PdfAnalysisError('encrypted')), /password/],
      ['an HTML page', () => Promise.reject(new PdfAnalysisError('not-pdf')), /not a PDF/],
      [
        'image-only',
        async () => ({
          ...structure,
          hasTextLayer: false,
          headings: [],
          figures: [],
          references: [],
          notes: [
            'This PDF has no text layer (it is probably a scan), so its structure cannot be read.',
          ],
        }),
        /no text layer/,
      ],
    ];
    for (const [what, analysePdf, message] of badPdfs) {
      it(`a ${what} PDF says so clearly and leaves the typed notes as they are`, async () => {
        const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), { analysePdf });
        await paperShown(root);
        const field = await waitFor(
          () => root.querySelector<HTMLTextAreaElement>('#note-category:not([readonly])'),
          'the category note',
        );
        await type(field, 'Typed before the PDF was read');
        const alert = await waitFor(
          () => root.querySelector('.structure-status[role="alert"], .structure-status .error'),
          'alert',
        );
        expect(alert.textContent).toMatch(message);
        expect(text(root)).toContain('Skim the section headings');
        expect(root.querySelector<HTMLTextAreaElement>('#note-category')?.value).toBe(
          'Typed before the PDF was read',
        );
        const saved = await waitFor(
          async () => (await db.getNotes(PAPER_KEY)).find((n) => n.field === 'category'),
          'the saved note',
        );
        expect(saved.text).toBe('Typed before the PDF was read');
      });
    }

    it('the figure audit has a row per figure, and its answers go into the figure audit note', async () => {
      const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), {
        analysePdf: async () => structure,
      });
      await paperShown(root);
      await waitFor(() => text(root).includes('1 figure'), 'the structure');
      await click(button(root, 'Pass 2')!);
      await waitFor(() => root.querySelector('.figure-audit-row'), 'the audit rows');
      const rows = [...root.querySelectorAll('.figure-audit-row')];
      expect(rows.map((row) => row.querySelector('.figure-audit-name')?.textContent)).toEqual([
        'Figure 1 p. 3 Time per pass.',
      ]);
      const axes = rows[0]!.querySelector('select')!;
      await act(() => {
        axes.value = 'yes';
        axes.dispatchEvent(new Event('change', { bubbles: true }));
      });
      const shows = rows[0]!.querySelector<HTMLInputElement>('input[type="text"]')!;
      await type(shows, 'reading time per pass');
      // Stored once: the rows are the audit, the raw Markdown note is not shown beside them.
      expect(root.querySelector('#note-figureAudit')).toBeNull();
      expect(text(root)).not.toContain('- Axes labelled: yes');
      const saved = await waitFor(
        async () =>
          (await db.getNotes(PAPER_KEY)).find(
            (n) => n.field === 'figureAudit' && n.text.includes('Shows'),
          ),
        'the saved audit',
      );
      expect(saved.text).toBe(
        '### Figure 1: Time per pass.\n- Axes labelled: yes\n- Shows: reading time per pass\n',
      );
    });

    it('an audit note holding more than the rows’ answers shows as well, so nothing is hidden', async () => {
      const db = await openTestDatabase();
      await db.putPaper(
        paperFromPage(makeIdentity('arxiv', '2106.09608', 'v2', 'abstract'), METADATA, 'Tab', 1),
      );
      const typed =
        'Overall the plots are weak.\n\n### Figure 1: Time per pass.\n- Axes labelled: no\n';
      await db.saveNote({ paperKey: PAPER_KEY, field: 'figureAudit', text: typed, updatedAt: 5 });
      const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), {
        db,
        analysePdf: async () => structure,
      });
      await waitFor(() => text(root).includes('1 figure'), 'the structure');
      await click(button(root, 'Pass 2')!);
      const raw = await waitFor(
        () => root.querySelector<HTMLTextAreaElement>('#note-figureAudit:not([readonly])'),
        'the raw note',
      );
      expect(raw.value).toBe(typed);
      expect(root.querySelector<HTMLSelectElement>('.figure-audit-row select')?.value).toBe('no');
    });

    it('each figure is one row whose labels stay with their controls at 320 px', async () => {
      const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), {
        analysePdf: async () => ({
          ...structure,
          figures: [1, 2, 3].map((n) => ({
            label: 'Figure',
            number: String(n),
            caption: `Caption ${n}`,
            page: n,
          })),
        }),
      });
      await waitFor(() => text(root).includes('3 figures'), 'the structure');
      await click(button(root, 'Pass 2')!);
      await waitFor(() => root.querySelector('.figure-audit-row'), 'the audit rows');
      const rows = [...root.querySelectorAll('.figure-audit-rows > li.figure-audit-row')];
      expect(rows).toHaveLength(3);
      for (const row of rows) {
        // Each question's words and its control sit in one no-wrap label (theme.css .audit-choice).
        const choices = [...row.querySelectorAll('label.audit-choice')];
        expect(choices.map((c) => c.querySelector('span')?.textContent)).toEqual([
          'Axes labelled?',
          'Error bars?',
        ]);
        for (const choice of choices) expect(choice.querySelectorAll('select')).toHaveLength(1);
        expect(row.querySelector('label.audit-shows input[type="text"]')).not.toBeNull();
      }
      const css = readFileSync(resolve(import.meta.dirname, '../ui/theme.css'), 'utf8');
      expect(css).toMatch(/\.audit-choice\s*\{[^}]*white-space:\s*nowrap/);
    });
  });
});

describe('the reading layout', () => {
  /** The pass section's parts, in the order they are on the page. */
  const partsInOrder = (root: HTMLElement) =>
    [...root.querySelectorAll('section.pass > *')].map((el) =>
      ['pass-title', 'pass-timer', 'checklist', 'pass-notes', 'pass-actions'].find((name) =>
        el.classList.contains(name),
      ),
    );

  /** What Enter does in a browser: it activates a focused button, and nothing else here. */
  async function pressEnter() {
    const focused = document.activeElement;
    if (focused instanceof HTMLButtonElement && !focused.disabled) await click(focused);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
  }

  it('before the first pass: one "Start pass 1" that starts the clock, and no other move', async () => {
    const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    const starts = [...root.querySelectorAll('button')].filter((b) =>
      /^Start/.test(b.textContent?.trim() ?? ''),
    );
    expect(starts.map((b) => b.textContent?.trim())).toEqual(['Start pass 1']);
    expect(button(root, 'Go on to pass 2')).toBeUndefined();
    await click(starts[0]!);
    await waitFor(() => button(root, 'Pause timer'), 'the running clock');
    const timers = await db.getTimers(PAPER_KEY);
    expect(timers.find((timer) => timer.pass === 1)?.runningSince).not.toBeNull();
  });

  it('the steps and notes come first, the moves after them', async () => {
    const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    await click(button(root, 'Start pass 1')!);
    await waitFor(() => button(root, 'Go on to pass 2'), 'the moves');
    expect(partsInOrder(root).filter(Boolean)).toEqual([
      'pass-title',
      'pass-timer',
      'checklist',
      'pass-notes',
      'pass-actions',
    ]);
  });

  it('Enter pressed again and again after "Start pass 1" stays in pass 1', async () => {
    const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    button(root, 'Start pass 1')!.focus();
    for (let i = 0; i < 4; i++) await pressEnter();
    await waitFor(() => button(root, 'Go on to pass 2'), 'the moves after pass 1');
    for (let i = 0; i < 4; i++) await pressEnter();
    expect((await db.getPaper(PAPER_KEY))?.state).toEqual({ kind: 'in-pass', pass: 1 });
  });

  it('after moving on, focus is on the new pass’s heading', async () => {
    const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    await click(button(root, 'Start pass 1')!);
    await click(
      await waitFor(
        () => !button(root, 'Go on to pass 2')?.disabled && button(root, 'Go on to pass 2'),
        'the move',
      ),
    );
    await waitFor(
      () => document.activeElement?.textContent === 'Pass 2: the content',
      'focus on the pass 2 heading',
    );
    expect(document.activeElement?.tagName).toBe('H2');
  });

  it('filling in the five Cs ticks "Write down the five Cs"', async () => {
    const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    for (const field of ['category', 'context', 'correctness', 'contributions', 'clarity']) {
      const input = await waitFor(
        () => root.querySelector<HTMLTextAreaElement>(`#note-${field}:not([readonly])`),
        field,
      );
      await type(input, `About ${field}`);
    }
    await waitFor(
      async () => (await db.getPaper(PAPER_KEY))?.checklist['p1-five-cs'] !== undefined,
      'the five Cs step ticked',
    );
  });

  it('pass 2 opens with a folded summary of what pass 1 concluded, empty fields left out', async () => {
    const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA));
    await paperShown(root);
    const field = (id: string) =>
      waitFor(() => root.querySelector<HTMLTextAreaElement>(`#note-${id}:not([readonly])`), id);
    await type(await field('category'), 'A field study');
    await type(await field('decision'), 'Worth a second pass <b>now</b>');
    await click(button(root, 'Pass 2')!);
    const summary = await waitFor(() => root.querySelector('details.earlier-passes'), 'summary');
    expect(summary.hasAttribute('open')).toBe(false);
    expect(summary.querySelector('summary')?.textContent).toBe('What pass 1 concluded');
    expect([...summary.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Category',
      'Decision',
    ]);
    expect(summary.querySelector('.earlier-pass-note:last-child dd')?.textContent).toBe(
      'Worth a second pass <b>now</b>',
    );
    // It sits at the top of the pass, before its steps.
    const parts = [...root.querySelectorAll('section.pass > *')];
    expect(parts.indexOf(summary)).toBeLessThan(parts.indexOf(root.querySelector('.checklist')!));
    await click(button(root, 'Pass 1')!);
    expect(root.querySelector('details.earlier-passes')).toBeNull();
  });

  describe('with the paper’s outline', () => {
    const outlined: PdfStructure = {
      ...structure,
      fingerprint: 'beef',
      headings: [
        { text: 'Introduction', number: '1', level: 1, page: 1 },
        { text: 'Method', number: '2', level: 1, page: 2 },
        { text: 'Budgets', number: '2.1', level: 2, page: 3 },
        { text: 'Checklists', number: '2.2', level: 2, page: 4 },
        { text: 'Conclusions', number: '3', level: 1, page: 8 },
      ],
      conclusionsIndex: 4,
    };

    it('shows the top level, folds sub-sections under their section, and links pages into the PDF', async () => {
      const { root } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), {
        analysePdf: async () => outlined,
      });
      const outline = await waitFor(() => root.querySelector('.checklist-outline'), 'the outline');
      const topLevel = [...outline.querySelectorAll(':scope > li > .checklist-row label')];
      expect(topLevel.map((l) => l.textContent?.trim())).toEqual([
        '1 Introduction',
        '2 Method',
        '3 Conclusions',
      ]);
      const method = outline.querySelectorAll(':scope > li')[1]!;
      expect(method.querySelector('details summary')?.textContent).toContain('2 sub-sections');
      expect(method.querySelector('details')?.textContent).toContain('2.1 Budgets');
      const link = method.querySelector<HTMLAnchorElement>('.checklist-row a.checklist-page')!;
      expect(link.href).toBe('https://arxiv.org/pdf/2106.09608#page=2');
      expect(link.target).toBe('_blank');
    });

    it('ticking a section ticks its sub-sections', async () => {
      const { root, db } = await mount(tabFor(PAPER_URL, 'Tab', METADATA), {
        analysePdf: async () => outlined,
      });
      const outline = await waitFor(() => root.querySelector('.checklist-outline'), 'the outline');
      const method = outline.querySelectorAll(':scope > li')[1]!;
      await click(method.querySelector<HTMLInputElement>('.checklist-row input')!);
      const stored = await waitFor(async () => {
        const paper = await db.getPaper(PAPER_KEY);
        return paper && Object.keys(paper.checklist).length >= 3 ? paper : undefined;
      }, 'the ticks');
      expect(Object.keys(stored.checklist)).toHaveLength(3);
      const boxes = [...method.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      await waitFor(() => boxes.every((box) => box.checked), 'the sub-sections ticked');
    });
  });
});
