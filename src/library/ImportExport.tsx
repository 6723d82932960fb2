/**
 * Export buttons (the papers in view, the papers chosen in the list, or all; Markdown, BibTeX, CSL-JSON, and the JSON backup
 * with their notes and time) and import of a backup file, with a report of what it did or why it did nothing.
 */
import { useState } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import type { LibraryData } from '../core/export/backup';
import { errorMessage } from '../ui/error-message';
import { downloadFile } from './download';
import { EXPORT_FORMAT_LABELS, backupFile, exportFile, type ExportFormat } from './export-files';
import { importBackupFile, type ImportOutcome } from './import-backup';

/** Read when a button is pressed, never while rendering. */
const clock = () => Date.now();

interface Props {
  db: Pick<ReadingDatabase, 'exportAll' | 'importAll'>;
  data: LibraryData;
  /** Keys of the papers in the current view. */
  shownKeys: readonly string[];
  /** Keys of the papers chosen in the list, in the view or not. */
  chosenKeys: readonly string[];
  onImported: () => void;
}

type Scope = 'shown' | 'chosen' | 'all';

export function ImportExport({ db, data, shownKeys, chosenKeys, onImported }: Props) {
  const [scope, setScope] = useState<Scope>('shown');
  /** The papers to export; undefined for all of them. */
  const scopeKeys = (): ReadonlySet<string> | undefined =>
    scope === 'all' ? undefined : new Set(scope === 'chosen' ? chosenKeys : shownKeys);
  const nothingChosen = scope === 'chosen' && chosenKeys.length === 0;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>(undefined);
  const [exportProblem, setExportProblem] = useState<string | undefined>(undefined);

  const exportAs = (format: ExportFormat) => {
    const keys = scopeKeys() ?? new Set(data.papers.map((p) => p.key));
    const file = exportFile(format, data, keys, clock());
    downloadFile(file.name, file.content, file.type);
  };

  const backup = async () => {
    setBusy(true);
    try {
      // The backup is read fresh, so nothing saved since the page loaded is missed.
      const fresh = await db.exportAll();
      const file = backupFile(fresh, clock(), scopeKeys());
      downloadFile(file.name, file.content, file.type);
      setExportProblem(undefined);
    } catch (failure) {
      setExportProblem(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setOutcome(undefined);
    const result = await importBackupFile(db, file);
    setOutcome(result);
    setBusy(false);
    if (result.ok) onImported();
  };

  return (
    <details class="import-export">
      <summary>Export and import</summary>
      <fieldset>
        <legend>Export</legend>
        <label class="radio">
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'shown'}
            onChange={() => setScope('shown')}
          />
          The {shownKeys.length} papers in view
        </label>
        <label class="radio">
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'all'}
            onChange={() => setScope('all')}
          />
          All {data.papers.length} papers
        </label>
        <label class="radio">
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'chosen'}
            onChange={() => setScope('chosen')}
          />
          Chosen papers ({chosenKeys.length})
        </label>
        {nothingChosen && (
          <p class="muted">Choose papers with their checkboxes in the list, or Space on a row.</p>
        )}
        <div class="action-row">
          {(Object.keys(EXPORT_FORMAT_LABELS) as ExportFormat[]).map((format) => (
            <button
              key={format}
              type="button"
              disabled={nothingChosen}
              onClick={() => exportAs(format)}
            >
              {EXPORT_FORMAT_LABELS[format]}
            </button>
          ))}
          <button
            type="button"
            class="primary"
            disabled={busy || nothingChosen}
            onClick={() => void backup()}
          >
            JSON backup
          </button>
        </div>
        {exportProblem && (
          <p class="error" role="alert">
            The backup could not be made: {exportProblem}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Import a backup</legend>
        <p class="muted">
          A JSON backup made by Three-Pass Reader (Markdown, BibTeX and CSL-JSON are for other
          tools, not for importing). Papers already here are merged: no note is lost, both versions
          are kept.
        </p>
        <input
          type="file"
          accept="application/json,.json"
          aria-label="Backup file to import"
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            void importFile(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
        {busy && <p role="status">Working…</p>}
        {outcome?.ok === true && (
          <div role="status" class="import-report">
            <p>Imported: {outcome.summary}</p>
            {outcome.warnings.map((warning) => (
              <p key={warning} class="muted">
                {warning}
              </p>
            ))}
          </div>
        )}
        {outcome?.ok === false && (
          <div role="alert" class="error import-report">
            <p>This file was not imported; your library is unchanged.</p>
            <ul>
              {outcome.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
        )}
      </fieldset>
    </details>
  );
}
