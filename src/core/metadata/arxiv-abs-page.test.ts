// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { primaryArxivCategory, readArxivAbsPage } from './arxiv-abs-page';
import { fixture, parseHtml } from './parse-html.test-helper';

describe('primaryArxivCategory', () => {
  it("reads the primary subject's category from arXiv's abstract page", () => {
    const fields = readArxivAbsPage(fixture('arxiv-abs-body.html'));
    expect(primaryArxivCategory(fields?.subjects)).toBe('quant-ph');
  });

  it('takes the category of the first subject listed, subject class and all', () => {
    const doc = parseHtml(`<div id="abs"><h1 class="title">T</h1><table><tr>
      <td class="tablecell subjects"><span class="primary-subject">Machine Learning (cs.LG)</span>;
      Artificial Intelligence (cs.AI); Machine Learning (stat.ML)</td></tr></table></div>`);
    expect(primaryArxivCategory(readArxivAbsPage(doc)?.subjects)).toBe('cs.LG');
    expect(primaryArxivCategory(['Statistical Finance (q-fin.ST)'])).toBe('q-fin.ST');
    expect(primaryArxivCategory(['Mesoscale and Nanoscale Physics (cond-mat.mes-hall)'])).toBe(
      'cond-mat.mes-hall',
    );
  });

  it('gives nothing when the subject names no real category', () => {
    expect(primaryArxivCategory(undefined)).toBeUndefined();
    expect(primaryArxivCategory([])).toBeUndefined();
    expect(primaryArxivCategory(['Machine Learning'])).toBeUndefined();
    expect(primaryArxivCategory(['Machine Learning (ml)'])).toBeUndefined();
    expect(primaryArxivCategory(['Evil (cs.LG}, note = {x)'])).toBeUndefined();
    // Only the primary subject counts, even when a later one is valid.
    expect(primaryArxivCategory(['Nonsense (xx.YY)', 'Machine Learning (cs.LG)'])).toBeUndefined();
  });
});
