/**
 * Exports of a paper read from a hostile page, with a note holding HTML: what a page said reaches
 * the files as plain text (markup removed at the boundary, quoted in YAML, escaped in BibTeX), and
 * the reader's note is written exactly as typed, as their own Markdown.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { HOSTILE } from '../../../test/fixtures/hostile-text';
import type { PaperIdentity } from '../identity/paper-identity';
import { parsePageMetadata } from '../metadata/parse-page-metadata';
import { paperFromPage } from '../paper-from-page';
import { DEFAULT_SETTINGS } from '../reading/budgets';
import { papersToBibtex } from './bibtex-export';
import { paperToMarkdown } from './markdown-export';

const NOW = Date.UTC(2026, 0, 7);
const identity: PaperIdentity = {
  key: 'arxiv:2401.99998',
  kind: 'arxiv',
  id: '2401.99998',
  version: 'v2',
  format: 'abstract',
};

/** The paper as the extension stores it after the content script read the hostile page. */
function paperFromHostilePage() {
  const metadata = parsePageMetadata({
    isPaper: true,
    title: HOSTILE.title,
    authors: HOSTILE.authors.map((name) => ({ name, original: name })),
    abstract: HOSTILE.abstract,
    unreadable: [],
  });
  if (!metadata) throw new Error('the boundary refused the hostile metadata');
  return paperFromPage(identity, metadata, HOSTILE.title, NOW);
}

const MARKUP = /<\s*\/?\s*(img|script|a|b)\b|onerror|javascript:/i;

describe('exports of a paper from a hostile page', () => {
  const paper = paperFromHostilePage();
  const note = {
    paperKey: paper.key,
    field: 'category' as const,
    text: HOSTILE.note,
    updatedAt: NOW,
  };
  const markdown = paperToMarkdown(
    { paper, notes: [note], timers: [] },
    {
      now: NOW,
      settings: DEFAULT_SETTINGS,
    },
  );

  it('stores the page’s words without its markup', () => {
    expect(paper.title).toBe('Attack of the Markup Titles');
    expect(paper.authors.map((a) => a.name)).toEqual(['Eve Mallory', 'Trudy Intruder']);
    expect(paper.abstract ?? '').not.toMatch(MARKUP);
  });

  it('Markdown: page text is plain in the front matter and the heading', () => {
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
    const meta = parseYaml(match![1]!) as Record<string, unknown>;
    expect(meta.title).toBe('Attack of the Markup Titles');
    expect(meta.authors).toEqual(['Eve Mallory', 'Trudy Intruder']);
    const beforeNotes = match![2]!.split('## Pass 1')[0]!;
    expect(beforeNotes).not.toMatch(MARKUP);
  });

  it('Markdown: the note is written exactly as the reader typed it', () => {
    expect(markdown).toContain(`\n${HOSTILE.note}\n`);
  });

  it('BibTeX: no raw markup; a real parser reads the title back as text', () => {
    const withRawTitle = { ...paper, title: HOSTILE.title };
    for (const source of [paper, withRawTitle]) {
      const bib = papersToBibtex([source]);
      expect(bib).not.toMatch(/[<>]/);
      const { entries, errors } = parseBibtex(bib, {
        english: false,
        sentenceCase: false,
        caseProtection: false,
      });
      expect(errors).toEqual([]);
      expect(entries[0]!.fields.title).toBe(source.title.replace(/\s+/g, ' '));
    }
  });
});
