/**
 * BibTeX: arXiv's own convention for preprints (@misc with eprint, archivePrefix, primaryClass,
 * url), @inproceedings or @article for published papers. Text is LaTeX-escaped, so a title with
 * `%`, `{` or `\` cannot break the entry or the file.
 */
import type { Paper } from '../model';
import { citationKeys } from './citation-keys';
import { isHttpUrl, paperUrl } from './paper-url';

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Not special to BibTeX, but LaTeX's default font encoding prints them as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Text as LaTeX: specials escaped, control characters and line breaks made spaces. */
export function escapeLatex(text: string): string {
  return (
    text
      .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\{}$&%#_~^<>]/g, (ch) => LATEX_SPECIALS[ch]!)
      // TeX ligatures would print `--` as a dash and two quotes as one curly quote.
      .replace(/([-`'!?])(?=[-`'])/g, '$1{}')
  );
}

/** Proceedings-like venue names; anything else published is a journal article. */
const PROCEEDINGS =
  /\b(proceedings|proc\.|conference|symposium|workshop|meeting|congress|neurips|nips|icml|iclr|cvpr|iccv|eccv|acl|emnlp|naacl|sigcomm|sigmod|sosp|osdi|nsdi|usenix|chi|kdd|aaai|ijcai|vldb|www)\b/i;

export type BibtexEntryType = 'misc' | 'article' | 'inproceedings';

export function bibtexEntryType(paper: Paper): BibtexEntryType {
  if (!paper.venue || /^arxiv\b/i.test(paper.venue.trim())) return 'misc';
  return PROCEEDINGS.test(paper.venue) ? 'inproceedings' : 'article';
}

/** "Ashish Vaswani", or "LeCun, Yann" as the source wrote it; a name with " and " braced whole. */
function bibtexAuthor(author: Paper['authors'][number]): string {
  const commaForm = author.original.split(',').length === 2 ? author.original : undefined;
  const name = escapeLatex(commaForm ?? author.name);
  return /\band\b/i.test(name) || !/\s|,/.test(name) ? `{${name}}` : name;
}

/** The arXiv archive named in an old-style id ("hep-th/9901001"): its primary class, unless known. */
function oldStyleArchive(arxivId: string): string | undefined {
  return /^([a-z-]+(?:\.[A-Z]{2})?)\/\d{7}/.exec(arxivId)?.[1];
}

function paperToBibtex(paper: Paper, citationKey: string): string {
  const type = bibtexEntryType(paper);
  const fields: [string, string | undefined][] = [
    ['title', escapeLatex(paper.title)],
    ['author', paper.authors.map(bibtexAuthor).join(' and ') || undefined],
    [
      type === 'inproceedings' ? 'booktitle' : 'journal',
      type === 'misc' ? undefined : escapeLatex(paper.venue!),
    ],
    ['year', paper.year === undefined ? undefined : String(paper.year)],
  ];
  if (paper.arxivId) {
    const arxivId = paper.arxivId.replace(/v\d+$/, '');
    fields.push(['eprint', escapeLatex(arxivId)], ['archivePrefix', 'arXiv']);
    const primaryClass = paper.arxivCategory ?? oldStyleArchive(arxivId);
    if (primaryClass) fields.push(['primaryClass', escapeLatex(primaryClass)]);
  }
  if (paper.doi) fields.push(['doi', escapeLatex(paper.doi)]);
  const url =
    paper.arxivId && type === 'misc'
      ? `https://arxiv.org/abs/${paper.arxivId.replace(/v\d+$/, '')}`
      : paperUrl(paper);
  // URLs are verbatim in BibTeX: only braces and spaces would break the entry.
  if (url && isHttpUrl(url) && !/[{}\s\\]/.test(url)) fields.push(['url', url]);
  if (paper.tags.length > 0) fields.push(['keywords', escapeLatex(paper.tags.join(', '))]);
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}},`)
    .join('\n');
  return `@${type}{${citationKey},\n${body}\n}\n`;
}

/** A .bib file for the papers, with keys unique within it. */
export function papersToBibtex(papers: readonly Paper[]): string {
  const keys = citationKeys(papers);
  return papers.map((paper) => paperToBibtex(paper, keys.get(paper.key)!)).join('\n');
}
