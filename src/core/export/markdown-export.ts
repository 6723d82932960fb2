/**
 * Markdown for Obsidian and reading groups: one paper as a note with YAML front matter, or a
 * selection as one document with each paper's metadata in a fenced YAML block. Every string in
 * the YAML is quoted, so hostile titles cannot end the front matter or add keys.
 */
import type { Note, Paper, Settings } from '../model';
import { NOTE_FIELDS, PASSES } from '../model';
import { PASS_TITLES, readingStateLabel } from '../reading/reading-state';
import { budgetsMinutes } from '../reading/budgets';
import { noteFieldInfo } from '../reading/note-fields';
import { minutesPerPass, type PaperRecord } from './paper-record';
import { paperUrl } from './paper-url';
import { yamlBlock, type YamlValue } from './yaml-string';

export interface MarkdownOptions {
  /** Epoch ms the export is made at: running timers count up to it. */
  now: number;
  settings: Settings;
}

/** The metadata a paper's front matter holds, as YAML lines (no `---` fences). */
function paperYaml(record: PaperRecord, options: MarkdownOptions): string {
  const { paper } = record;
  const minutes = minutesPerPass(record.timers, options.now);
  const budgets = budgetsMinutes(options.settings);
  const fields: Record<string, YamlValue | undefined> = {
    title: oneLine(paper.title),
    authors: paper.authors.map((author) => oneLine(author.name)),
    year: paper.year,
    venue: paper.venue === undefined ? undefined : oneLine(paper.venue),
    ids: [paper.key, ...paper.aliases],
    doi: paper.doi,
    arxiv: paper.arxivId,
    arxiv_category: paper.arxivCategory,
    url: paperUrl(paper),
    state: readingStateLabel(paper.state),
    minutes_pass1: minutes[1],
    minutes_pass2: minutes[2],
    minutes_pass3: minutes[3],
    budget_minutes_pass1: budgets[1],
    budget_minutes_pass2: budgets[2],
    budget_minutes_pass3: budgets[3],
    tags: paper.tags,
    added: isoDate(paper.addedAt),
    last_read: isoDate(paper.lastReadAt),
  };
  return yamlBlock(fields);
}

/** One paper as a Markdown note with front matter. */
export function paperToMarkdown(record: PaperRecord, options: MarkdownOptions): string {
  return `---\n${paperYaml(record, options)}\n---\n\n${paperBody(record, '#')}`;
}

/** Several papers as one document; each paper's metadata sits in a fenced YAML block. */
export function papersToMarkdown(
  records: readonly PaperRecord[],
  options: MarkdownOptions,
): string {
  const header = `---\n${yamlBlock({ title: 'Reading notes', papers: records.length, exported: new Date(options.now).toISOString() })}\n---\n`;
  const sections = records.map((record) => `${paperBody(record, '#', paperYaml(record, options))}`);
  return [header, ...sections].join('\n');
}

function paperBody(record: PaperRecord, level: string, metadataYaml?: string): string {
  const { paper } = record;
  const lines: string[] = [`${level} ${oneLine(paper.title) || 'Untitled paper'}`, ''];
  if (metadataYaml !== undefined) lines.push('```yaml', metadataYaml, '```', '');
  if (paper.authors.length > 0)
    lines.push(paper.authors.map((a) => oneLine(a.name)).join(', '), '');
  const url = paperUrl(paper);
  if (url) lines.push(`<${url}>`, '');
  const notesByField = new Map<string, Note>(record.notes.map((note) => [note.field, note]));
  for (const pass of PASSES) {
    const filled = NOTE_FIELDS[pass]
      .map((field) => ({ field, note: notesByField.get(field) }))
      .filter((entry) => entry.note !== undefined && entry.note.text.trim() !== '');
    if (filled.length === 0) continue;
    lines.push(`${level}# ${PASS_TITLES[pass]}`, '');
    for (const { field, note } of filled) {
      lines.push(`${level}## ${noteFieldInfo(field).label}`, '', note!.text.trim(), '');
    }
  }
  return lines.join('\n');
}

/** Titles and names go on one line: a newline inside a heading would start a new block. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isoDate(ms: number): string | undefined {
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined;
}

/** A file name for a paper's note: its title, safe on every file system. */
export function markdownFileName(paper: Paper): string {
  const base = oneLine(paper.title)
    .replace(/[\\/:*?"<>|#^[\]\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .trim();
  return `${base || 'paper'}.md`;
}
