import { describe, expect, it } from 'vitest';
import { pageLines } from './text-lines';
import { textItem } from '../../../test/fixtures/pdf/text-items';

describe('fonts that misstate their size', () => {
  it('sizes bitmap-font text by its advance when the stated size is absurdly small', () => {
    // dvips bitmap fonts: every item says 0.24 whatever its printed size.
    const tiny = (str: string, x: number, y: number, size: number) => ({
      ...textItem(str, x, y, size),
      transform: [0.24, 0, 0, 0.24, x, y],
      hasEOL: false,
    });
    const page = {
      page: 1,
      width: 595,
      height: 842,
      items: [
        tiny('Okapi', 240, 700, 17),
        tiny('at', 240 + 5 * 8.5 + 6, 700, 17),
        tiny('TREC-3', 240 + 7 * 8.5 + 12, 700, 17),
        tiny('Body', 72, 660, 10),
        tiny('text', 72 + 4 * 5 + 3, 660, 10),
      ],
    };
    const lines = pageLines(page);
    expect(lines.map((line) => [line.text, line.size])).toEqual([
      ['Okapi at TREC-3', 17],
      ['Body text', 10],
    ]);
  });
});
