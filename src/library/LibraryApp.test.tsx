// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { waitFor } from '../../test/fixtures/wait-for';
import {
  type DatabaseChange,
  openReadingDatabase,
  type ReadingDatabase,
} from '../adapters/database';
import { backupToJson, createBackup, type Backup } from '../core/export/backup';
import { parseBackupText } from '../core/export/validate-backup';
import { generateLibrary } from '../../test/fixtures/library/generate-library';
import { samplePaper } from '../../test/fixtures/library/sample-paper';
import { LibraryApp } from './LibraryApp';

let databaseCount = 0;
let container: HTMLElement | undefined;
const opened: ReadingDatabase[] = [];

async function seededDatabase(papers = 40, notes = 100): Promise<ReadingDatabase> {
  const db = await openReadingDatabase(`library-test-${++databaseCount}`);
  opened.push(db);
  const library = generateLibrary({ papers, notes, seed: 17 });
  await db.importAll(library);
  return db;
}

afterEach(() => {
  vi.restoreAllMocks();
  if (container) render(null, container);
  container?.remove();
  container = undefined;
  for (const db of opened.splice(0)) db.close();
  window.history.replaceState(null, '', '/');
});

async function mount(
  db: ReadingDatabase,
  search = '',
  changes: (listener: (change: DatabaseChange) => void) => () => void = () => () => undefined,
): Promise<HTMLElement> {
  window.history.replaceState(null, '', `/library.html${search}`);
  container = document.createElement('div');
  document.body.append(container);
  const root = container;
  await act(() => {
    render(
      <LibraryApp
        database={Promise.resolve(db)}
        changes={changes}
        noteSaverOptions={{ delayMs: 10 }}
      />,
      root,
    );
  });
  await waitFor(() => root.querySelector('main[data-state="ready"]'), 'the paper list');
  return root;
}

const count = (root: HTMLElement) => root.querySelector('.result-count')?.textContent ?? '';
const rowTitles = (root: HTMLElement) =>
  [...root.querySelectorAll('.paper-row-title')].map((el) => el.textContent);

async function typeQuery(root: HTMLElement, query: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  await act(() => {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function chooseFile(root: HTMLElement, name: string, content: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Catches the files the page hands to the reader: name and text, in order. */
function catchDownloads(): { name: string; text: () => Promise<string> }[] {
  const files: { name: string; text: () => Promise<string> }[] = [];
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    blob = object as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const caught = blob!;
    files.push({ name: this.download, text: () => caught.text() });
  });
  return files;
}

const buttonNamed = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === label,
  );

describe('library page', () => {
  it('lists the papers, rendering only the rows near the view', async () => {
    const db = await seededDatabase(300, 0);
    const root = await mount(db);
    expect(count(root)).toContain('300 of 300 papers');
    const rows = root.querySelectorAll('[role="option"]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    // Assistive technology hears the place in the whole list, not in the rows rendered.
    expect(rows[1]!.getAttribute('aria-posinset')).toBe('2');
    expect(rows[1]!.getAttribute('aria-setsize')).toBe('300');
    // Newest read first by default.
    const newest = (await db.listPapers()).sort((a, b) => b.lastReadAt - a.lastReadAt)[0]!;
    expect(rowTitles(root)[0]).toBe(newest.title);
  });

  it('shows the most recently read papers before the whole library is read', async () => {
    const db = await seededDatabase(200, 0);
    const newestFirst = await db.listPapers();
    let releaseAll: () => void = () => undefined;
    const allRead = new Promise<void>((resolve) => (releaseAll = resolve));
    // Reading every paper is held back until the test lets it finish.
    const slow: ReadingDatabase = {
      ...db,
      listPapers: async () => {
        await allRead;
        return db.listPapers();
      },
    };
    window.history.replaceState(null, '', '/library.html');
    container = document.createElement('div');
    document.body.append(container);
    const root = container;
    await act(() => {
      render(<LibraryApp database={Promise.resolve(slow)} changes={() => () => undefined} />, root);
    });
    await waitFor(() => root.querySelector('main[data-state="recent-papers"]'), 'the first rows');
    expect(rowTitles(root)[0]).toBe(newestFirst[0]!.title);
    expect(rowTitles(root)).toEqual(
      newestFirst.slice(0, rowTitles(root).length).map((p) => p.title),
    );
    await waitFor(() => count(root).includes('of 200 papers'), 'the count of every paper');
    expect(count(root)).toContain('the others are loading');

    releaseAll();
    await waitFor(() => root.querySelector('main[data-state="ready"]'), 'every paper');
    expect(count(root)).toContain('200 of 200 papers');
    expect(rowTitles(root)[0]).toBe(newestFirst[0]!.title);
  });

  it('a view sorted another way waits for every paper, so its first rows are right', async () => {
    const db = await seededDatabase(120, 0);
    const firstScreenReads: number[] = [];
    const watched: ReadingDatabase = {
      ...db,
      listRecentPapers: (limit) => {
        firstScreenReads.push(limit);
        return db.listRecentPapers(limit);
      },
    };
    const root = await mount(watched, '?sort=title&order=asc');
    expect(firstScreenReads).toEqual([]);
    const titles = (await db.listPapers()).map((p) => p.title);
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    expect(rowTitles(root)[0]).toBe(titles.sort(collator.compare)[0]);
  });

  it('narrows the list as the reader types, marks the matches and keeps the query in the URL', async () => {
    const db = await seededDatabase();
    const target = samplePaper({
      key: 'arxiv:2501.00001',
      title: 'Zebrafish Navigation with Sparse Maps',
      tags: [],
    });
    await db.putPaper(target);
    const root = await mount(db);
    await typeQuery(root, 'zebraf nav');
    await waitFor(() => count(root).startsWith('1 of 41'), 'one result');
    expect(rowTitles(root)).toEqual(['Zebrafish Navigation with Sparse Maps']);
    expect([...root.querySelectorAll('.paper-row-title mark')].map((m) => m.textContent)).toEqual([
      'Zebraf',
      'Nav',
    ]);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('zebraf nav');
  });

  it('restores a bookmarked view from the URL', async () => {
    const db = await seededDatabase();
    await db.putPaper(
      samplePaper({ key: 'arxiv:2501.00002', title: 'Quokka Populations', tags: ['marsupials'] }),
    );
    const root = await mount(db, '?q=quokka&tag=marsupials');
    await waitFor(() => count(root).startsWith('1 of'), 'the bookmarked view');
    expect(root.querySelector<HTMLInputElement>('input[type="search"]')!.value).toBe('quokka');
    expect(rowTitles(root)).toEqual(['Quokka Populations']);
  });

  it('finds papers by their notes and shows the matching words', async () => {
    const db = await seededDatabase(20, 0);
    const [paper] = await db.listPapers();
    await db.saveNote({
      paperKey: paper!.key,
      field: 'keyPoints',
      text: 'The flamingo result hinges on sampling.',
      updatedAt: Date.now(),
    });
    const root = await mount(db);
    await typeQuery(root, 'flamingo');
    await waitFor(() => count(root).startsWith('1 of 20'), 'the paper found by its note');
    expect(root.querySelector('.paper-row-snippet mark')?.textContent).toBe('flamingo');
  });

  it('shows a hostile title as inert text', async () => {
    const db = await seededDatabase(3, 0);
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script> Title';
    await db.putPaper(
      samplePaper({ key: 'arxiv:2501.00003', title: hostile, lastReadAt: Date.now() }),
    );
    const root = await mount(db);
    expect(rowTitles(root)).toContain(hostile);
    expect(root.querySelector('img, script')).toBeNull();
    await typeQuery(root, 'img');
    await waitFor(() => count(root).startsWith('1 of'), 'the hostile paper');
    expect(root.querySelector('.paper-row-title mark')?.textContent).toBe('img');
    expect(root.querySelector('img, script')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('opens a paper with the arrow keys and Enter, and the URL names it', async () => {
    const db = await seededDatabase(10, 0);
    const root = await mount(db);
    const list = root.querySelector<HTMLElement>('[role="listbox"]')!;
    const second = rowTitles(root)[1];
    await act(() => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(
      root.querySelector('[role="option"][aria-selected="true"] .paper-row-title')?.textContent,
    ).toBe(second);
    await act(() => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await waitFor(() => root.querySelector('#paper-detail-title'), 'the paper page');
    expect(root.querySelector('#paper-detail-title')?.textContent).toBe(second);
    expect(new URLSearchParams(window.location.search).get('paper')).toBeTruthy();
  });

  it('refuses a truncated backup with a clear message and leaves the library exactly as it was', async () => {
    const db = await seededDatabase(25, 60);
    const before = await db.exportAll();
    const root = await mount(db);
    const text = backupToJson(
      createBackup(generateLibrary({ papers: 10, notes: 20, seed: 99 }), Date.now()),
    );
    await chooseFile(root, 'backup.json', text.slice(0, Math.floor(text.length * 0.7)));
    const alert = await waitFor(
      () => root.querySelector('.import-report.error'),
      'the import error',
    );
    expect(alert.textContent).toContain('your library is unchanged');
    expect(alert.textContent).toContain('not valid JSON');
    expect(await db.exportAll()).toEqual(before);
  });

  it('refuses a backup from a future version and one with a duplicate paper, changing nothing', async () => {
    const db = await seededDatabase(5, 10);
    const before = await db.exportAll();
    const root = await mount(db);
    const backup = createBackup(generateLibrary({ papers: 4, notes: 0, seed: 3 }), Date.now());
    await chooseFile(root, 'future.json', JSON.stringify({ ...backup, version: 9 }));
    await waitFor(
      () => root.querySelector('.import-report.error')?.textContent?.includes('newer version'),
      'the version error',
    );
    await chooseFile(
      root,
      'dupes.json',
      JSON.stringify({ ...backup, papers: [...backup.papers, backup.papers[0]] }),
    );
    await waitFor(
      () => root.querySelector('.import-report.error')?.textContent?.includes('repeats papers[0]'),
      'the duplicate error',
    );
    expect(await db.exportAll()).toEqual(before);
  });

  it('imports a good backup and reports what it added', async () => {
    const db = await seededDatabase(5, 10);
    const root = await mount(db);
    const backup = createBackup(generateLibrary({ papers: 7, notes: 12, seed: 1234 }), Date.now());
    await chooseFile(root, 'backup.json', backupToJson(backup));
    const report = await waitFor(
      () => root.querySelector('.import-report[role="status"]'),
      'the import report',
    );
    expect(report.textContent).toContain('7 papers added, 0 merged');
    await waitFor(() => count(root).includes('12 of 12 papers'), 'the imported papers in the list');
  });

  it('deletes a paper from its page and brings it back with Undo', async () => {
    const db = await seededDatabase(5, 10);
    const [paper] = (await db.listPapers()).sort((a, b) => b.lastReadAt - a.lastReadAt);
    const notesBefore = await db.getNotes(paper!.key);
    const root = await mount(db, `?paper=${encodeURIComponent(paper!.key)}`);
    await waitFor(() => root.querySelector('#paper-detail-title'), 'the paper page');
    const button = (label: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    await act(() => button('Delete paper')!.click());
    await waitFor(() => button('Undo'), 'the undo button');
    // The Delete button is gone with the page: the focus is on Undo, not lost.
    expect(document.activeElement).toBe(button('Undo'));
    expect(await db.getPaper(paper!.key)).toBeUndefined();
    await act(() => button('Undo')!.click());
    await waitFor(async () => (await db.getPaper(paper!.key)) !== undefined, 'the restored paper');
    expect(await db.getNotes(paper!.key)).toEqual(notesBefore);
    // The focus is not lost with the Undo button: it is on the list, at the paper brought back.
    await waitFor(
      () => document.activeElement?.getAttribute('role') === 'listbox',
      'the focus on the list',
    );
    expect(
      root.querySelector('[role="option"][aria-selected="true"] .paper-row-title')?.textContent,
    ).toBe(paper!.title);
  });

  it("shows time read in the panel meanwhile in the paper's time log, keeping other papers' time", async () => {
    const db = await seededDatabase(0, 0);
    await db.putPaper(samplePaper());
    const other = 'arxiv:2106.09608';
    await db.putPaper(samplePaper({ key: other, aliases: [], title: 'Other paper' }));
    await db.startTimer(other, 1, Date.UTC(2026, 0, 5, 9));
    await db.pauseTimer(other, 1, Date.UTC(2026, 0, 5, 9, 7));
    const listeners = new Set<(change: DatabaseChange) => void>();
    const announce = (change: DatabaseChange) => listeners.forEach((listener) => listener(change));
    const root = await mount(db, '?paper=arxiv%3A1706.03762', (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    });
    await waitFor(() => root.querySelector('#paper-detail-title'), 'the paper page');
    expect(root.querySelector('.time-log')).toBeNull();

    // The reader times a second pass in the side panel while the library is open.
    await db.startTimer('arxiv:1706.03762', 2, Date.UTC(2026, 0, 6, 9));
    await db.pauseTimer('arxiv:1706.03762', 2, Date.UTC(2026, 0, 6, 9, 25));
    await act(() => announce({ kind: 'timer', paperKey: 'arxiv:1706.03762' }));
    const log = await waitFor(() => root.querySelector('.time-log tbody'), 'the time log');
    expect(log.textContent).toContain('25');
    expect(log.querySelectorAll('tr')).toHaveLength(1);
    // The other paper's time log is as it was.
    await act(() => buttonNamed(root, '← Back to the list')!.click());
    const otherRow = [...root.querySelectorAll<HTMLElement>('[role="option"]')].find((row) =>
      row.textContent?.includes('Other paper'),
    );
    await act(() => otherRow!.click());
    await waitFor(
      () => root.querySelector('#paper-detail-title')?.textContent === 'Other paper',
      'the other paper',
    );
    expect(root.querySelectorAll('.time-log tbody tr')).toHaveLength(1);
    expect(root.querySelector('.time-log tbody')?.textContent).toContain('7');
  });

  it('keeps a deleted paper restorable after the page is reloaded', async () => {
    const db = await seededDatabase(5, 10);
    const [paper] = (await db.listPapers()).sort((a, b) => b.lastReadAt - a.lastReadAt);
    const notesBefore = await db.getNotes(paper!.key);
    let root = await mount(db, `?paper=${encodeURIComponent(paper!.key)}`);
    await waitFor(() => root.querySelector('#paper-detail-title'), 'the paper page');
    await act(() => buttonNamed(root, 'Delete paper')!.click());
    await waitFor(() => buttonNamed(root, 'Undo'), 'the undo button');

    // A reload: the page's Undo is gone, the deleted paper is still there to restore.
    render(null, container!);
    container!.remove();
    root = await mount(db);
    expect(buttonNamed(root, 'Undo')).toBeUndefined();
    expect(count(root)).toContain('4 of 4 papers');
    const restore = await waitFor(
      () => buttonNamed(root, `Restore ${paper!.title}`),
      'the deleted paper',
    );
    expect(root.querySelector('.deleted-papers summary')?.textContent).toContain('(1)');
    await act(() => restore.click());
    await waitFor(() => count(root).includes('5 of 5 papers'), 'the restored paper in the list');
    expect(await db.getNotes(paper!.key)).toEqual(notesBefore);
    expect(root.querySelector('.deleted-papers')).toBeNull();
  });

  it('reorders the reading queue and keeps the order in the database', async () => {
    const db = await seededDatabase(0, 0);
    for (const [i, title] of ['First', 'Second', 'Third'].entries()) {
      await db.putPaper(samplePaper({ key: `arxiv:2501.1000${i}`, title, queuePosition: i + 1 }));
    }
    const root = await mount(db, '?tab=queue');
    await waitFor(() => root.querySelector('.queue-list'), 'the queue');
    expect(root.textContent).toContain('3 papers: about 30 min for a first pass of each');
    const down = [...root.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === 'Move "First" down',
    )!;
    await act(() => down.click());
    const titles = () => [...root.querySelectorAll('.queue-title')].map((b) => b.textContent);
    expect(titles()).toEqual(['Second', 'First', 'Third']);
    await waitFor(
      async () => (await db.getPaper('arxiv:2501.10000'))?.queuePosition === 2,
      'the stored order',
    );
    expect((await db.getPaper('arxiv:2501.10001'))?.queuePosition).toBe(1);
  });

  it('draws the charts as SVG and shows the same numbers as a table', async () => {
    const db = await seededDatabase(0, 0);
    const now = Date.now();
    await db.putPaper(samplePaper());
    await db.importAll({
      papers: [],
      notes: [],
      timers: [],
      sessions: [
        { paperKey: 'arxiv:1706.03762', pass: 2, start: now - 3_600_000, end: now - 1_800_000 },
      ],
    });
    const root = await mount(db, '?tab=charts');
    const figure = await waitFor(
      () => root.querySelector('#chart-minutes-title')?.closest('figure'),
      'the minutes chart',
    );
    expect(figure.querySelector('svg[role="img"] rect')).not.toBeNull();
    await act(() =>
      [...figure.querySelectorAll('button')].find((b) => b.textContent === 'Show table')!.click(),
    );
    expect(figure.querySelector('thead th')?.textContent).toBe('Week of');
    const lastRow = [...figure.querySelectorAll('tbody tr')].at(-1)!;
    expect([...lastRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '0',
      '30',
      '0',
    ]);
  });

  it("edits a paper's notes and tags from its page, saving them to the database", async () => {
    const db = await seededDatabase(0, 0);
    await db.putPaper(samplePaper({ tags: ['ml'] }));
    const root = await mount(db, '?paper=arxiv%3A1706.03762');
    const field = await waitFor(
      () => root.querySelector<HTMLTextAreaElement>('#library-note-keyPoints:not([readonly])'),
      'the editable key points field',
    );
    await act(() => {
      field.value = 'Attention replaces recurrence.';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitFor(
      async () =>
        (await db.getNotes('arxiv:1706.03762')).find((n) => n.field === 'keyPoints')?.text ===
        'Attention replaces recurrence.',
      'the saved note',
    );
    const tagInput = root.querySelector<HTMLInputElement>('input[placeholder="Add a tag"]')!;
    await act(() => {
      tagInput.value = 'to-present';
      tagInput.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      tagInput.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await waitFor(
      async () => (await db.getPaper('arxiv:1706.03762'))?.tags.includes('to-present'),
      'the saved tag',
    );
    expect((await db.getPaper('arxiv:1706.03762'))?.tags).toEqual(['ml', 'to-present']);
  });

  it('offers only http(s) links on a paper page', async () => {
    const db = await seededDatabase(0, 0);
    await db.putPaper(
      samplePaper({
        links: {
          abstract: 'javascript:alert(1)',
          pdf: 'https://arxiv.org/pdf/1706.03762',
          html: 'data:text/html,x',
        },
      }),
    );
    const root = await mount(db, '?paper=arxiv%3A1706.03762');
    await waitFor(() => root.querySelector('#paper-detail-title'), 'the paper page');
    expect([...root.querySelectorAll('.link-list a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://arxiv.org/pdf/1706.03762',
    ]);
  });

  it('reorders the queue with Alt+arrow keys, keeps the focus on the moved paper and says where it went', async () => {
    const db = await seededDatabase(0, 0);
    for (const [i, title] of ['First', 'Second', 'Third'].entries()) {
      await db.putPaper(samplePaper({ key: `arxiv:2501.1000${i}`, title, queuePosition: i + 1 }));
    }
    const root = await mount(db, '?tab=queue');
    await waitFor(() => root.querySelector('.queue-list'), 'the queue');
    const titleButton = (title: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('.queue-title')].find(
        (b) => b.textContent === title,
      )!;
    titleButton('First').focus();
    await act(() => {
      titleButton('First').dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }),
      );
    });
    const titles = () => [...root.querySelectorAll('.queue-title')].map((b) => b.textContent);
    expect(titles()).toEqual(['Second', 'First', 'Third']);
    expect(document.activeElement?.textContent).toBe('First');
    expect(root.querySelector('.reading-queue [role="status"]')?.textContent).toContain(
      '“First” moved to position 2 of 3',
    );
    // The move button that reaches the end is disabled: the focus goes to the other one.
    await act(() => buttonNamed(root, 'Move "First" down')!.click());
    expect(titles()).toEqual(['Second', 'Third', 'First']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move "First" up');
    await waitFor(
      async () => (await db.getPaper('arxiv:2501.10000'))?.queuePosition === 3,
      'the stored order',
    );
    expect(buttonNamed(root, 'Remove "Third" from the queue')).toBeDefined();
  });

  it("goes back from a paper's page to its row in the list, with the focus on the list", async () => {
    const db = await seededDatabase(12, 0);
    const root = await mount(db);
    const list = () => root.querySelector<HTMLElement>('[role="listbox"]')!;
    for (let i = 0; i < 4; i++) {
      await act(() => {
        list().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      });
    }
    const fifth = rowTitles(root)[4];
    await act(() => {
      list().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    const heading = await waitFor(() => root.querySelector('#paper-detail-title'), 'the page');
    expect(document.activeElement).toBe(heading);
    await act(() => buttonNamed(root, '← Back to the list')!.click());
    await waitFor(() => root.querySelector('[role="listbox"]'), 'the list again');
    expect(document.activeElement).toBe(list());
    expect(
      root.querySelector('[role="option"][aria-selected="true"] .paper-row-title')?.textContent,
    ).toBe(fifth);
  });

  it('exports one paper as a JSON backup with its notes, the last words typed included', async () => {
    const db = await seededDatabase(6, 30);
    const [paper] = await db.listPapers();
    const root = await mount(db, `?paper=${encodeURIComponent(paper!.key)}`);
    const field = await waitFor(
      () => root.querySelector<HTMLTextAreaElement>('#library-note-keyPoints:not([readonly])'),
      'the editable key points field',
    );
    const files = catchDownloads();
    await act(() => {
      field.value = 'Typed just before the export.';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => buttonNamed(root, 'Export JSON backup')!.click());
    await waitFor(() => files.length === 1, 'the backup file');
    expect(files[0]!.name).toMatch(/-1-paper\.json$/);
    const backup = JSON.parse(await files[0]!.text()) as Backup;
    expect(backup.papers.map((p) => p.key)).toEqual([paper!.key]);
    expect(backup.notes.every((n) => n.paperKey === paper!.key)).toBe(true);
    expect(backup.notes.find((n) => n.field === 'keyPoints')?.text).toBe(
      'Typed just before the export.',
    );
    expect(backup.timers.every((t) => t.paperKey === paper!.key)).toBe(true);
    // It imports like any backup.
    expect(parseBackupText(await files[0]!.text()).ok).toBe(true);
  });

  it('exports the papers in view as a JSON backup, or all of them', async () => {
    const db = await seededDatabase(20, 40);
    const target = samplePaper({ key: 'arxiv:2501.00077', title: 'Zebrafish locomotion' });
    await db.putPaper(target);
    const root = await mount(db, '?q=zebrafish');
    await waitFor(() => count(root).startsWith('1 of 21'), 'the search result');
    const files = catchDownloads();
    await act(() => buttonNamed(root, 'JSON backup')!.click());
    await waitFor(() => files.length === 1, 'the backup of the view');
    const inView = JSON.parse(await files[0]!.text()) as Backup;
    expect(inView.papers.map((p) => p.key)).toEqual([target.key]);
    const allRadio = [...root.querySelectorAll<HTMLInputElement>('input[name="export-scope"]')][1]!;
    await act(() => {
      allRadio.checked = true;
      allRadio.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => buttonNamed(root, 'JSON backup')!.click());
    await waitFor(() => files.length === 2, 'the full backup');
    expect((JSON.parse(await files[1]!.text()) as Backup).papers).toHaveLength(21);
  });

  it('exports just the papers chosen by checkbox and by Space, even once filtered out of view', async () => {
    const db = await seededDatabase(12, 30);
    // The oldest read, so last in the list: the search below leaves only it in view.
    const other = samplePaper({
      key: 'arxiv:2501.00088',
      title: 'Zebrafish locomotion',
      lastReadAt: 0,
    });
    await db.putPaper(other);
    const root = await mount(db);
    const titles = rowTitles(root);
    expect(new Set(titles).size).toBe(titles.length);
    const keyOf = new Map((await db.listPapers()).map((p) => [p.title, p.key]));
    const list = root.querySelector<HTMLElement>('[role="listbox"]')!;
    const checkbox = (title: string) =>
      root.querySelector<HTMLInputElement>(`input[type="checkbox"][aria-label="Select ${title}"]`)!;

    // Two by mouse: the paper does not open, and the list keeps the keys.
    await act(() => checkbox(titles[0]!).click());
    await act(() => checkbox(titles[2]!).click());
    expect(window.location.search).not.toContain('paper=');
    expect(document.activeElement).toBe(list);
    // One by keyboard: the active row moves from the last clicked one; Space chooses it.
    for (const key of ['ArrowDown', 'ArrowDown', ' ']) {
      await act(() => {
        list.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
    }
    const chosenTitles = [titles[0], titles[2], titles[4]];
    const checked = [...root.querySelectorAll('[role="option"][aria-checked="true"]')];
    expect(checked.map((row) => row.querySelector('.paper-row-title')?.textContent)).toEqual(
      chosenTitles,
    );
    expect(checkbox(titles[4]!).checked).toBe(true);
    // Being chosen is not being the active row.
    expect(root.querySelectorAll('[role="option"][aria-selected="true"]')).toHaveLength(1);
    expect(root.querySelector('.chosen-bar')?.textContent).toContain('3 papers chosen');

    await typeQuery(root, 'zebrafish');
    await waitFor(() => count(root).startsWith('1 of 13'), 'the search result');
    expect(root.querySelector('.chosen-bar')?.textContent).toContain(
      '3 papers chosen for export (3 not in this view)',
    );
    const chosenRadio = [
      ...root.querySelectorAll<HTMLInputElement>('input[name="export-scope"]'),
    ].find((radio) => radio.parentElement?.textContent?.includes('Chosen papers (3)'))!;
    await act(() => {
      chosenRadio.checked = true;
      chosenRadio.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const files = catchDownloads();
    await act(() => buttonNamed(root, 'Markdown')!.click());
    await act(() => buttonNamed(root, 'JSON backup')!.click());
    await waitFor(() => files.length === 2, 'the Markdown file and the backup');
    const expected = chosenTitles.map((title) => keyOf.get(title!)).sort();
    const markdown = await files[0]!.text();
    const blocks = [...markdown.matchAll(/```yaml\n([\s\S]*?)\n```/g)].map(
      (m) => parseYaml(m[1]!) as { ids: string[] },
    );
    expect(blocks.map((block) => block.ids[0]).sort()).toEqual(expected);
    const parsed = parseBackupText(await files[1]!.text());
    if (!parsed.ok) throw new Error('the backup does not parse');
    expect(parsed.backup.papers.map((p) => p.key).sort()).toEqual(expected);
    expect(parsed.backup.notes.every((n) => expected.includes(n.paperKey))).toBe(true);

    await act(() => buttonNamed(root, 'Clear')!.click());
    expect(root.querySelector('.chosen-bar')).toBeNull();
    expect(root.querySelector('.import-export')?.textContent).toContain('Chosen papers (0)');
    expect(buttonNamed(root, 'JSON backup')!.disabled).toBe(true);
  });

  it('drops a deleted paper from the papers chosen, and Undo brings it back unchosen', async () => {
    const db = await seededDatabase(6, 0);
    const root = await mount(db);
    const [first, second] = rowTitles(root);
    for (const title of [first, second]) {
      await act(() =>
        root
          .querySelector<HTMLInputElement>(`input[type="checkbox"][aria-label="Select ${title}"]`)!
          .click(),
      );
    }
    expect(root.querySelector('.chosen-bar')?.textContent).toContain('2 papers chosen');
    const row = [...root.querySelectorAll<HTMLElement>('[role="option"]')][0]!;
    await act(() => row.click());
    await waitFor(() => root.querySelector('#paper-detail-title'), 'the paper page');
    await act(() => buttonNamed(root, 'Delete paper')!.click());
    await waitFor(() => buttonNamed(root, 'Undo'), 'the undo button');
    expect(root.querySelector('.chosen-bar')?.textContent).toContain('1 paper chosen');
    await act(() => buttonNamed(root, 'Undo')!.click());
    await waitFor(() => count(root).includes('6 of 6 papers'), 'the restored paper');
    expect(root.querySelector('.chosen-bar')?.textContent).toContain('1 paper chosen');
    expect(root.querySelector('.import-export')?.textContent).toContain('Chosen papers (1)');
  });

  it('clears every filter at once, keeping the search and the sort', async () => {
    const db = await seededDatabase(15, 0);
    const root = await mount(db, '?q=model&state=done&pass=2&sort=title');
    expect(root.querySelector('summary')?.textContent).toBe('Filters (2)');
    await act(() => buttonNamed(root, 'Clear filters')!.click());
    const params = new URLSearchParams(window.location.search);
    expect([...params.keys()].sort()).toEqual(['q', 'sort']);
    expect(buttonNamed(root, 'Clear filters')).toBeUndefined();
  });

  it('gives the estimate for the reading queue beside the charts', async () => {
    const db = await seededDatabase(0, 0);
    for (const [i, title] of ['First', 'Second'].entries()) {
      await db.putPaper(samplePaper({ key: `arxiv:2501.2000${i}`, title, queuePosition: i + 1 }));
    }
    const root = await mount(db, '?tab=charts');
    await waitFor(() => root.querySelector('.charts'), 'the charts');
    expect(root.querySelector('.charts')?.textContent).toContain(
      '2 papers: about 20 min for a first pass of each',
    );
  });

  it('folds the filter panel away with Escape, leaving the focus on its toggle', async () => {
    const db = await seededDatabase(5, 0);
    const root = await mount(db);
    const details = root.querySelector<HTMLDetailsElement>('details.filters')!;
    details.open = true;
    const passSelect = details.querySelector<HTMLSelectElement>('select')!;
    passSelect.focus();
    await act(() => {
      passSelect.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(details.querySelector('summary'));
  });

  it('shows time against budget as a share of each budget, with minutes in words and a table', async () => {
    const db = await seededDatabase(0, 0);
    await db.putPaper(samplePaper());
    const timer = { paperKey: 'arxiv:1706.03762', runningSince: null, lastSeenAlive: null };
    await db.importAll({
      papers: [],
      notes: [],
      timers: [
        { ...timer, pass: 1, accumulatedMs: 15 * 60_000, budgetSignalled: true },
        { ...timer, pass: 2, accumulatedMs: 30 * 60_000, budgetSignalled: false },
      ],
      sessions: [],
    });
    const root = await mount(db, '?tab=charts');
    const figure = await waitFor(
      () => root.querySelector('#chart-budget-title')?.closest('figure'),
      'the budget chart',
    );
    expect(root.querySelector('.budget-summary')?.textContent).toContain(
      'Pass 1: median 15 of 10 minutes; 1 of 1 papers over budget.',
    );
    await act(() =>
      [...figure.querySelectorAll('button')].find((b) => b.textContent === 'Show table')!.click(),
    );
    expect([...figure.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Pass',
      'Median time (% of budget)',
    ]);
    const cells = [...figure.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ['Pass 1', '150'],
      ['Pass 2', '50'],
      ['Pass 3', '0'],
    ]);
  });

  it("says which paper's references a queued paper came from", async () => {
    const db = await seededDatabase(0, 0);
    await db.putPaper(samplePaper());
    await db.putPaper(
      samplePaper({
        key: 'ref:deep residual learning',
        title: 'Deep residual learning',
        authors: [],
        queuePosition: 1,
        citedBy: 'arxiv:1706.03762',
      }),
    );
    const root = await mount(db, '?tab=queue');
    const item = await waitFor(() => root.querySelector('.queue-list li'), 'the queue');
    expect(item.textContent).toContain('from the references of “Attention Is All You Need”');
  });
});
