// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readNameParts } from './name-parts';
import { parseHtml } from './parse-html.test-helper';

/** Shaped like ScienceDirect's author buttons: given-name and surname spans, marks and icons between. */
const button = (given: string, surname: string, mark: string) =>
  `<button type="button"><span class="button-link-text"><span class="given-name">${given}</span> <span class="text surname">${surname}</span> <span class="author-ref"><sup>${mark}</sup></span><svg><title>Correspondence author icon</title></svg></span></button>`;

describe('readNameParts', () => {
  it('reads the byline of given-name/surname parts and stops before the reference list', () => {
    const doc =
      parseHtml(`<div class="author-group">${button('Alexander O.', 'Mitrushenkov', 'a')}, ${button('Paolo', 'Palmieri', 'b')}</div>
      <div class="abstract"><h2>Abstract</h2><p>${'We treat correlation energy by perturbation. '.repeat(10)}</p></div>
      <ol class="references"><li><span class="given-name">J.</span> <span class="surname">Citedauthor</span>, Chem. Phys. 1 (1990)</li></ol>`);
    expect(readNameParts(doc)).toEqual(['Alexander O. Mitrushenkov', 'Paolo Palmieri']);
  });

  it('reads first-name/last-name classes too, and nothing without a surname beside the given name', () => {
    expect(
      readNameParts(
        parseHtml('<p><span class="first-name">Wei</span><span class="last-name">Zhang</span></p>'),
      ),
    ).toEqual(['Wei Zhang']);
    expect(readNameParts(parseHtml('<p><span class="given-name">Solo</span></p>'))).toEqual([]);
  });
});
