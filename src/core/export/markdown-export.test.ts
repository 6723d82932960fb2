import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { samplePaper } from '../../../test/fixtures/library/sample-paper';
import { DEFAULT_SETTINGS } from '../reading/budgets';
import { markdownFileName, paperToMarkdown, papersToMarkdown } from './markdown-export';
import type { PaperRecord } from './paper-record';

const now = Date.UTC(2026, 0, 7);
const options = { now, settings: DEFAULT_SETTINGS };

/** Splits a note into its front matter (parsed by a real YAML parser) and its body. */
function readNote(markdown: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return { meta: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

const record = (overrides: Partial<PaperRecord> = {}): PaperRecord => ({
  paper: samplePaper(),
  notes: [
    {
      paperKey: 'arxiv:1706.03762',
      field: 'contributions',
      text: 'Self-attention only.',
      updatedAt: now,
    },
    {
      paperKey: 'arxiv:1706.03762',
      field: 'keyPoints',
      text: '- multi-head\n- positional encoding',
      updatedAt: now,
    },
    { paperKey: 'arxiv:1706.03762', field: 'clarity', text: '   ', updatedAt: now },
  ],
  timers: [
    {
      paperKey: 'arxiv:1706.03762',
      pass: 1,
      accumulatedMs: 9 * 60_000,
      runningSince: null,
      lastSeenAlive: null,
      budgetSignalled: false,
    },
    {
      paperKey: 'arxiv:1706.03762',
      pass: 2,
      accumulatedMs: 30 * 60_000,
      runningSince: now - 5 * 60_000,
      lastSeenAlive: now,
      budgetSignalled: false,
    },
  ],
  ...overrides,
});

describe('paperToMarkdown', () => {
  it('writes front matter a YAML parser reads as the paper metadata', () => {
    const { meta } = readNote(paperToMarkdown(record(), options));
    expect(meta).toMatchObject({
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Noam Shazeer'],
      year: 2017,
      ids: ['arxiv:1706.03762', 'doi:10.48550/arXiv.1706.03762'],
      arxiv: '1706.03762',
      url: 'https://arxiv.org/abs/1706.03762',
      state: 'Pass 2: the content',
      minutes_pass1: 9,
      // 30 minutes stored plus a stretch running for 5.
      minutes_pass2: 35,
      minutes_pass3: 0,
      budget_minutes_pass2: 60,
      tags: ['ml', 'reading-group'],
      added: '2026-01-05',
      last_read: '2026-01-06',
    });
  });

  it("names the paper's arXiv category when it is known, and leaves the key out when not", () => {
    const paper = samplePaper({ arxivCategory: 'cs.CL' });
    expect(readNote(paperToMarkdown(record({ paper }), options)).meta).toMatchObject({
      arxiv: '1706.03762',
      arxiv_category: 'cs.CL',
    });
    expect(readNote(paperToMarkdown(record(), options)).meta).not.toHaveProperty('arxiv_category');
  });

  it('puts the notes under their pass and field, leaving out empty ones', () => {
    const { body } = readNote(paperToMarkdown(record(), options));
    expect(body).toContain(
      "## Pass 1: the bird's-eye view\n\n### Contributions\n\nSelf-attention only.",
    );
    expect(body).toContain(
      '## Pass 2: the content\n\n### Key points\n\n- multi-head\n- positional encoding',
    );
    expect(body).not.toContain('Clarity');
    expect(body).not.toContain('Pass 3');
  });

  it.each([
    'Colons: "quotes" and \'single\' ones',
    '---\ntitle: injected\n---',
    'Line\nbreaks\r\nand\ttabs',
    '# heading? [link](javascript:x) {a: b} & *star* !tag',
  ])('keeps a hostile title inside its own field: %j', (title) => {
    const markdown = paperToMarkdown(
      record({ paper: samplePaper({ title, tags: ['a: b', '- c'] }) }),
      options,
    );
    const { meta, body } = readNote(markdown);
    expect(meta.title).toBe(title.replace(/\s+/g, ' ').trim());
    expect(meta.tags).toEqual(['a: b', '- c']);
    expect(Object.keys(meta)).not.toContain('injected');
    // The heading stays one line, so the title cannot open a new block.
    expect(body.trimStart().split('\n')[0]).toBe(`# ${title.replace(/\s+/g, ' ').trim()}`);
  });

  it('offers only http(s) links', () => {
    const paper = samplePaper({
      links: { abstract: 'javascript:alert(1)', pdf: 'file:///etc/passwd' },
      doi: undefined,
    });
    const { meta, body } = readNote(paperToMarkdown(record({ paper }), options));
    expect(meta.url).toBeUndefined();
    expect(body).not.toContain('javascript:');
    expect(body).not.toContain('file:');
  });
});

describe('papersToMarkdown', () => {
  it('gives each paper a YAML block a parser reads, in one document', () => {
    const second = record({
      paper: samplePaper({ key: 'doi:10.1/x', title: 'Second: "paper"', aliases: [] }),
      notes: [],
      timers: [],
    });
    const markdown = papersToMarkdown([record(), second], options);
    const blocks = [...markdown.matchAll(/```yaml\n([\s\S]*?)\n```/g)].map(
      (m) => parse(m[1]!) as Record<string, unknown>,
    );
    expect(blocks.map((b) => b.title)).toEqual(['Attention Is All You Need', 'Second: "paper"']);
    expect(readNote(markdown).meta).toMatchObject({ title: 'Reading notes', papers: 2 });
  });
});

describe('markdownFileName', () => {
  it('makes a file name without path or reserved characters', () => {
    expect(markdownFileName(samplePaper({ title: '../../etc/passwd: a "test" <x>?' }))).toBe(
      '.. .. etc passwd a test x.md',
    );
    expect(markdownFileName(samplePaper({ title: '' }))).toBe('paper.md');
  });
});
