import { describe, expect, it } from 'vitest';
import { highlightRanges, segments, snippet } from './highlight';
import { queryTerms } from './text-folding';

const marked = (text: string, query: string) =>
  segments(text, highlightRanges(text, queryTerms(query)))
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('highlightRanges', () => {
  it('marks the matched prefix of each word in the original text', () => {
    expect(marked('Attention Is All You Need', 'att need')).toBe('[Att]ention Is All You [Need]');
  });

  it('maps folded matches back over accents and expanded characters', () => {
    expect(marked('Zoë Dvořák and Zoe', 'zoe dvor')).toBe('[Zoë] [Dvoř]ák and [Zoe]');
    expect(marked('ﬁnding ﬁsh', 'fi')).toBe('[ﬁ]nding [ﬁ]sh');
  });

  it('keeps markup in a title as plain text pieces', () => {
    expect(segments('<b>x</b>', highlightRanges('<b>x</b>', ['b']))).toEqual([
      { text: '<', match: false },
      { text: 'b', match: true },
      { text: '>x</', match: false },
      { text: 'b', match: true },
      { text: '>', match: false },
    ]);
  });
});

describe('snippet', () => {
  it('cuts a long note around its first match, keeping the ranges on the match', () => {
    const text = `${'lorem '.repeat(40)}the key insight is caching${' ipsum'.repeat(40)}`;
    const cut = snippet(text, queryTerms('insight'), 20)!;
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    const [start, end] = cut.ranges[0]!;
    expect(cut.text.slice(start, end)).toBe('insight');
  });

  it('gives nothing when the text does not match', () => {
    expect(snippet('nothing here', ['zebra'])).toBeUndefined();
  });
});
