/**
 * Publication dates as pages write them ("2021/06/17", "2021/6", "17 Jun 2021", "June 17, 2021",
 * "November 2025", "2017-05-15T00:00:00Z", "2012 Nov 26") to ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY".
 */

export interface PageDate {
  iso: string;
  year: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMERIC = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?![\d])/;
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME}\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');
// PubMed's order: "2012 Nov 26", "2012 Nov".
const YEAR_MONTH_DAY = new RegExp(`^(\\d{4})\\s+${MONTH_NAME}(?:\\s+(\\d{1,2}))?\\b`, 'i');
const BARE_YEAR = /\b(1[6-9]\d\d|20\d\d)\b/;

const pad = (n: number) => String(n).padStart(2, '0');

function build(year: number, month?: number, day?: number): PageDate | null {
  if (!(year >= 1600 && year <= 2100)) return null;
  if (month === undefined || !(month >= 1 && month <= 12)) return { iso: String(year), year };
  if (day === undefined || !(day >= 1 && day <= 31)) return { iso: `${year}-${pad(month)}`, year };
  return { iso: `${year}-${pad(month)}-${pad(day)}`, year };
}

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** Reads a date; with `allowBareYear`, "Fall 2013" gives 2013. Null when there is none. */
export function parsePageDate(raw: string, allowBareYear = true): PageDate | null {
  const s = raw.trim().slice(0, 200);
  let m = YEAR_MONTH_DAY.exec(s);
  if (m) return build(Number(m[1]), monthOf(m[2]!), num(m[3]));
  m = NUMERIC.exec(s);
  if (m) return build(Number(m[1]), num(m[2]), num(m[3]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return build(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return build(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  m = MONTH_YEAR.exec(s);
  if (m) return build(Number(m[2]), monthOf(m[1]!));
  if (!allowBareYear) return null;
  m = BARE_YEAR.exec(s);
  return m ? build(Number(m[1])) : null;
}
