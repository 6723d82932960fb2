import { describe, expect, it } from 'vitest';
import { findLabelledDate } from './labelled-date';

describe('findLabelledDate', () => {
  it('reads a publication date line in the forms pages print', () => {
    expect(findLabelledDate('Published: 12 March 2019')?.iso).toBe('2019-03-12');
    expect(findLabelledDate('Date of Publication (online):\n2021/12/13')?.iso).toBe('2021-12-13');
    expect(findLabelledDate('Issue date: September 2010')?.iso).toBe('2010-09');
  });

  it('prefers the publication date to received, accepted and online dates printed before it', () => {
    const history =
      'Received 6 March 1997; accepted 26 August 1997; Available online 14 April 1998\nPublished: 31 October 1997';
    expect(findLabelledDate(history)?.year).toBe(1997);
    expect(findLabelledDate(history)?.iso).toBe('1997-10-31');
  });

  it('falls back to the online date, then to acceptance, when nothing says published', () => {
    expect(
      findLabelledDate(
        'Received: 2 Jan 2018 / Accepted: 5 May 2018 / Published online: 1 June 2019',
      )?.iso,
    ).toBe('2019-06-01');
    expect(findLabelledDate('Received 2 January 2018; accepted 5 May 2018')?.iso).toBe(
      '2018-05-05',
    );
  });

  it('ignores a label without a date and text without a label', () => {
    expect(findLabelledDate('Published by the Society of Invented Results')).toBeNull();
    expect(findLabelledDate('We sampled 12 March 2019 and again later.')).toBeNull();
  });
});
