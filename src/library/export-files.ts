/** The files the library's export buttons produce: name, type and content, per format. */
import {
  backupFileName,
  backupToJson,
  createBackup,
  type LibraryData,
} from '../core/export/backup';
import { papersToBibtex } from '../core/export/bibtex-export';
import { papersToCslJson } from '../core/export/csl-json-export';
import {
  markdownFileName,
  paperToMarkdown,
  papersToMarkdown,
} from '../core/export/markdown-export';
import { groupByPaper } from '../core/export/paper-record';

export type ExportFormat = 'markdown' | 'bibtex' | 'csl-json';

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  markdown: 'Markdown',
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
};

export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

/** The chosen papers (by key) of `data` in a format; one paper gets its own Markdown note. */
export function exportFile(
  format: ExportFormat,
  data: LibraryData,
  keys: ReadonlySet<string>,
  now: number,
): ExportFile {
  const papers = data.papers.filter((paper) => keys.has(paper.key));
  const stamp = new Date(now).toISOString().slice(0, 10);
  switch (format) {
    case 'markdown': {
      const records = groupByPaper({ papers, notes: data.notes, timers: data.timers });
      const options = { now, settings: data.settings };
      if (records.length === 1) {
        return {
          name: markdownFileName(records[0]!.paper),
          type: 'text/markdown',
          content: paperToMarkdown(records[0]!, options),
        };
      }
      return {
        name: `reading-notes-${stamp}.md`,
        type: 'text/markdown',
        content: papersToMarkdown(records, options),
      };
    }
    case 'bibtex':
      return {
        name: `papers-${stamp}.bib`,
        type: 'application/x-bibtex',
        content: papersToBibtex(papers),
      };
    case 'csl-json':
      return {
        name: `papers-${stamp}.json`,
        type: 'application/vnd.citationstyles.csl+json',
        content: papersToCslJson(papers),
      };
  }
}

/**
 * The JSON backup of `data`, or of only the papers in `keys` with their notes, time and sessions:
 * a backup of one paper or a selection imports like a full one (settings stay the reader's).
 */
export function backupFile(data: LibraryData, now: number, keys?: ReadonlySet<string>): ExportFile {
  const chosen = keys === undefined ? data : onlyPapers(data, keys);
  const count = chosen.papers.length;
  const name =
    keys === undefined
      ? backupFileName(now)
      : backupFileName(now).replace(
          /\.json$/,
          `-${count === 1 ? '1-paper' : `${count}-papers`}.json`,
        );
  return {
    name,
    type: 'application/json',
    content: backupToJson(createBackup(chosen, now)),
  };
}

function onlyPapers(data: LibraryData, keys: ReadonlySet<string>): LibraryData {
  const mine = <T extends { paperKey: string }>(items: readonly T[]) =>
    items.filter((item) => keys.has(item.paperKey));
  return {
    papers: data.papers.filter((paper) => keys.has(paper.key)),
    notes: mine(data.notes),
    timers: mine(data.timers),
    sessions: mine(data.sessions),
    settings: data.settings,
  };
}
