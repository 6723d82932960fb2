// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readCoins } from './coins';
import { parseHtml } from './parse-html.test-helper';

const span = (title: string) => `<span class="Z3988" title="${title}"></span>`;

describe('readCoins', () => {
  it('reads the ContextObject of the one COinS span: title, authors, date, DOI, journal', () => {
    const doc = parseHtml(
      span(
        'ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&amp;rft.atitle=Fog+Nets+in+Peru&amp;rft.jtitle=Water+Letters&amp;rft.date=2016-05&amp;rft.au=Rosa+Huam%C3%A1n&amp;rft.au=Tom+Ellis&amp;rft_id=info%3Adoi%2F10.5555%2Ffog.16',
      ),
    );
    expect(readCoins(doc)).toEqual({
      title: 'Fog Nets in Peru',
      authors: ['Rosa Huamán', 'Tom Ellis'],
      date: '2016-05',
      doi: '10.5555/fog.16',
      venue: 'Water Letters',
    });
  });

  it('joins aufirst and aulast, and reads nothing from a page with several spans', () => {
    expect(
      readCoins(parseHtml(span('rft.title=Book&rft.aulast=Okoro&rft.aufirst=Ada')))?.authors,
    ).toEqual(['Ada Okoro']);
    expect(readCoins(parseHtml(span('rft.atitle=A') + span('rft.atitle=B')))).toBeNull();
  });
});
