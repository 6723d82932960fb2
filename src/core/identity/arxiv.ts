/**
 * arXiv identifiers, validated by arXiv's own rules (https://info.arxiv.org/help/arxiv_identifier.html)
 * and normalised to its preferred external form: "2106.09608", "hep-th/9901001" (an old-style
 * subject class such as "math.GT" is not part of the identifier, so it is dropped).
 */

export interface ArxivId {
  /** Normalised identifier without version. */
  id: string;
  /** e.g. "v2", when the text carries one. */
  version?: string;
}

/** Archives that issued old-style (pre-April 2007) identifiers. */
const OLD_STYLE_ARCHIVES = new Set([
  'acc-phys',
  'adap-org',
  'alg-geom',
  'ao-sci',
  'astro-ph',
  'atom-ph',
  'bayes-an',
  'chao-dyn',
  'chem-ph',
  'cmp-lg',
  'comp-gas',
  'cond-mat',
  'cs',
  'dg-ga',
  'funct-an',
  'gr-qc',
  'hep-ex',
  'hep-lat',
  'hep-ph',
  'hep-th',
  'math',
  'math-ph',
  'mtrl-th',
  'nlin',
  'nucl-ex',
  'nucl-th',
  'patt-sol',
  'physics',
  'plasm-ph',
  'q-alg',
  'q-bio',
  'quant-ph',
  'solv-int',
  'supr-con',
]);

/** Archives opened after April 2007, so never in an old-style identifier. */
const NEW_ARCHIVES = ['econ', 'eess', 'q-fin', 'stat'];

const CATEGORY = /^([a-z]+(?:-[a-z]+)?)(?:\.([A-Z]{2}|[a-z]+(?:-[a-z]+)?))?$/;

/**
 * An arXiv subject category as arXiv writes it, e.g. "cs.LG", "hep-th", "astro-ph.CO",
 * "cond-mat.mes-hall": a known archive, then optionally a subject class. Null for anything else.
 */
export function parseArxivCategory(text: string): string | null {
  const category = text.trim();
  const archive = category.length <= 32 ? CATEGORY.exec(category)?.[1] : undefined;
  if (archive === undefined) return null;
  return OLD_STYLE_ARCHIVES.has(archive) || NEW_ARCHIVES.includes(archive) ? category : null;
}

const NEW_STYLE = /^(\d\d)(\d\d)\.(\d{4,5})(?:v([1-9]\d{0,3}))?$/i;
const OLD_STYLE =
  /^([a-z]+(?:-[a-z]+)?)(?:\.[a-z]+(?:-[a-z]+)?)?\/(\d\d)(\d\d)(\d{3})(?:v([1-9]\d{0,3}))?$/i;
const PREFIX = /^arxiv\s*:\s*/i;

/** Parses one identifier ("arXiv:2106.09608v2", "math.GT/0309136", "1706.03762.pdf"); null if invalid. */
export function parseArxivId(text: string): ArxivId | null {
  let s = text.trim();
  if (s.length > 64) return null;
  s = s.replace(PREFIX, '');
  if (s.length > 4 && s.slice(-4).toLowerCase() === '.pdf') s = s.slice(0, -4);
  return parseNewStyle(s) ?? parseOldStyle(s);
}

function withVersion(id: string, version: string | undefined): ArxivId {
  return version === undefined ? { id } : { id, version: `v${version}` };
}

/** YYMM.NNNN from April 2007 to December 2014, YYMM.NNNNN from January 2015. */
function parseNewStyle(s: string): ArxivId | null {
  const m = NEW_STYLE.exec(s);
  if (!m) return null;
  const [, yy, mm, number, version] = m as unknown as [string, string, string, string, string?];
  const yymm = Number(yy + mm);
  const month = Number(mm);
  if (month < 1 || month > 12 || yymm < 704) return null;
  if ((number.length === 4) !== yymm <= 1412) return null;
  if (Number(number) === 0) return null;
  return withVersion(`${yy}${mm}.${number}`, version);
}

/** archive(.SUBJ)/YYMMNNN from August 1991 to March 2007. */
function parseOldStyle(s: string): ArxivId | null {
  const m = OLD_STYLE.exec(s);
  if (!m) return null;
  const [, rawArchive, yy, mm, number, version] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string?,
  ];
  const archive = rawArchive.toLowerCase();
  if (!OLD_STYLE_ARCHIVES.has(archive)) return null;
  const month = Number(mm);
  const year = Number(yy) >= 91 ? 1900 + Number(yy) : 2000 + Number(yy);
  const yearMonth = year * 100 + month;
  if (month < 1 || month > 12 || yearMonth < 199108 || yearMonth > 200703) return null;
  if (Number(number) === 0) return null;
  return withVersion(`${archive}/${yy}${mm}${number}`, version);
}

/**
 * An identifier written as "arXiv:ID" or as an arxiv.org link in free text, e.g. the stamp on a
 * PDF's first page ("arXiv:1706.03762v7 [cs.CL] 6 Dec 2017"). Bare numbers are not taken: too
 * many tables hold "1234.5678".
 */
const IN_TEXT =
  /\barxiv(?:\s{0,2}:\s{0,2}|\.org\/(?:abs|pdf)\/)([a-z]+(?:-[a-z]+)?(?:\.[a-z]+(?:-[a-z]+)?)?\/\d{7}|\d{4}\.\d{4,5})(v\d{1,4})?(?!\d)/gi;

export function findArxivIdInText(text: string): ArxivId | null {
  IN_TEXT.lastIndex = 0;
  for (let m = IN_TEXT.exec(text); m; m = IN_TEXT.exec(text)) {
    const found = parseArxivId(m[1]! + (m[2] ?? ''));
    if (found) return found;
  }
  return null;
}
