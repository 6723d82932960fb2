import { describe, expect, it } from 'vitest';
import { normaliseAuthorName } from './author-name';

describe('normaliseAuthorName', () => {
  it.each([
    ['LeCun, Yann', 'Yann LeCun'],
    ['Yann LeCun', 'Yann LeCun'],
    ['Riedl, Mark O.', 'Mark O. Riedl'],
    ['Leinaas, J. M.', 'J. M. Leinaas'],
    ['Schäfer Aguilar, Paloma', 'Paloma Schäfer Aguilar'],
    ['Le Scao, Teven', 'Teven Le Scao'],
    ['van der Berg, Jan', 'Jan van der Berg'],
    ['de la Cruz, Ana', 'Ana de la Cruz'],
    ['King, Martin Luther, Jr.', 'Martin Luther King Jr.'],
    ['Smith, Jr., Roland', 'Roland Smith Jr.'],
    ['Martin Luther King, Jr.', 'Martin Luther King Jr.'],
    ['Gates, William Henry, III', 'William Henry Gates III'],
    ['CHARLOTTE FAIRLIE', 'Charlotte Fairlie'],
    ['JEAN-LUC VAN DER MEER', 'Jean-Luc van der Meer'],
    ["O'BRIEN, SEAN", "Sean O'Brien"],
    ['By Aminata Diallo', 'Aminata Diallo'],
    ['Heather Piwowar\u200b 1,*', 'Heather Piwowar'],
    ['Jason Priem²†', 'Jason Priem'],
    ['  Ada\n  Lovelace  ', 'Ada Lovelace'],
    ['danah boyd', 'danah boyd'],
    ['SMITH, John', 'John Smith'],
    ['Pierre-Yves OUDEYER', 'Pierre-Yves Oudeyer'],
    ['J. R. R. Tolkien', 'J. R. R. Tolkien'],
    ['SMITH, J. R.', 'J. R. Smith'],
    ['Gates, William Henry, III', 'William Henry Gates III'],
    ['Zhang Wei', 'Zhang Wei'],
    ['Ó Briain, Cathal', 'Cathal Ó Briain'],
  ])('%j -> %j', (raw, name) => {
    expect(normaliseAuthorName(raw)?.name).toBe(name);
  });

  it('keeps what the page wrote as the original, cleaned of control characters', () => {
    expect(normaliseAuthorName('LeCun,\u0007 Yann')).toEqual({
      name: 'Yann LeCun',
      original: 'LeCun, Yann',
    });
  });

  it('returns null for strings with no name in them', () => {
    for (const raw of ['', '   ', '1, 2', '*†', '<b></b>'])
      expect(normaliseAuthorName(raw)).toBeNull();
  });

  it('caps a giant name and strips markup from it', () => {
    const author = normaliseAuthorName(`<script>alert(1)</script>${'A'.repeat(10_000)}, Bob`);
    expect(author!.name.length).toBeLessThanOrEqual(300);
    expect(author!.name).not.toContain('<');
    expect(author!.original).not.toContain('script');
  });
});
