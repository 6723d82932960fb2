/**
 * Fault matrix row: importing a bad backup in the middle of a reading session. The library says
 * why and stays exactly as it was; the note being typed in the panel loses nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserPage } from './harness/driver';
import {
  noteText,
  openGuide,
  readStoredData,
  typeNote,
  waitForPaperStructure,
  waitForSaveStatus,
  waitInPage,
} from './harness/reader-panel';
import { selectedBrowsers, startSession, type Session } from './harness/session';

/** Hands `text` to the library's backup file input as the reader's chosen file would be. */
function chooseBackupFile(library: BrowserPage, text: string): Promise<void> {
  return library.evaluate((content: string) => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no backup file input');
    const files = new DataTransfer();
    files.items.add(new File([content], 'backup.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

const importAlert = (library: BrowserPage) =>
  waitInPage(
    library,
    () => document.querySelector('.import-report[role="alert"]')?.textContent ?? null,
    undefined,
    'the import refusal',
  );

describe.each(selectedBrowsers())('a bad import mid-session in %s', (browserName) => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('refuses a truncated and a future-version backup, changes nothing, and the panel keeps typing', async () => {
    const { panel } = await openGuide(session);
    const before = 'Typed before the import.';
    await typeNote(panel, 'Category', before);
    await waitForSaveStatus(panel, 'Saved');
    // The stored paper gains its PDF's fingerprint once the PDF is read: let that happen first.
    await waitForPaperStructure(panel);
    const stored = JSON.stringify(await readStoredData(session.driver.control));

    const library = await session.driver.openExtensionPage('library/library.html');
    await waitInPage(
      library,
      () => document.querySelector('input[type="file"]') !== null,
      undefined,
      'the import control',
    );
    await chooseBackupFile(
      library,
      '{"format":"three-pass-reader-backup","version":1,"papers":[{"ke',
    );
    expect(await importAlert(library)).toContain('your library is unchanged');
    expect(JSON.stringify(await readStoredData(session.driver.control))).toBe(stored);

    await library.evaluate(() => {
      document.querySelector('.import-report')?.remove();
    }, undefined);
    await chooseBackupFile(
      library,
      JSON.stringify({ format: 'three-pass-reader-backup', version: 99, papers: [] }),
    );
    expect(await importAlert(library)).toMatch(/version/i);
    expect(JSON.stringify(await readStoredData(session.driver.control))).toBe(stored);

    const after = ' And after it.';
    await typeNote(panel, 'Category', after);
    await waitForSaveStatus(panel, 'Saved');
    expect(await noteText(panel, 'Category')).toBe(before + after);
    const notes = (await readStoredData(session.driver.control)).notes;
    expect(notes.map((n) => n.text)).toEqual([before + after]);
    await library.close();
    await panel.close();
  });
});
