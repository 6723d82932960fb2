import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  figureName,
  hasTextBeyondAnswers,
  readFigureAnswers,
  writeFigureAnswer,
} from './figure-audit';

const fig1 = { name: 'Figure 1', caption: 'Time per pass.\nIn minutes.' };
const fig10 = { name: 'Figure 10', caption: 'Another.' };

describe('figure audit in the note', () => {
  it('writes readable Markdown, one block per figure, and reads it back', () => {
    let note = writeFigureAnswer('', fig1, 'axes', 'yes');
    note = writeFigureAnswer(note, fig1, 'shows', 'time\\nfalls  with practice');
    note = writeFigureAnswer(note, fig10, 'errorBars', 'no');
    expect(note).toBe(
      '### Figure 1: Time per pass. In minutes.\n' +
        '- Axes labelled: yes\n' +
        '- Shows: time\\nfalls with practice\n' +
        '\n' +
        '### Figure 10: Another.\n' +
        '- Error bars: no\n',
    );
    expect(readFigureAnswers(note, 'Figure 1')).toEqual({
      axes: 'yes',
      shows: 'time\\nfalls with practice',
    });
    // "Figure 1" is not "Figure 10".
    expect(readFigureAnswers(note, 'Figure 10')).toEqual({ errorBars: 'no' });
    expect(figureName({ label: 'Fig.', number: '2' })).toBe('Fig. 2');
  });

  it('changes only the answer’s line; text the reader typed stays as typed', () => {
    const typed =
      'My own thoughts\n\n### Figure 1: x\n- Axes labelled: no\nthe legend is tiny\n\n## End';
    const next = writeFigureAnswer(typed, fig1, 'axes', 'yes');
    expect(next).toBe(typed.replace('- Axes labelled: no', '- Axes labelled: yes'));
    const added = writeFigureAnswer(typed, fig1, 'errorBars', 'no');
    expect(added).toBe(typed.replace('the legend is tiny', 'the legend is tiny\n- Error bars: no'));
  });

  it('fuzz: any note keeps its text and gives back the answer written', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.oneof(
              fc.string(),
              fc.constantFrom('### Figure 1', '### Figure 1: x', '- Shows: a', '', '## End'),
            ),
          )
          .map((lines) => lines.join('\n')),
        fc.constantFrom('axes', 'errorBars', 'shows' as const),
        fc.string(),
        (note, field, value) => {
          const next = writeFigureAnswer(note, fig1, field, value);
          expect(readFigureAnswers(next, 'Figure 1')[field]).toBe(
            value.replace(/\s+/g, ' ').trim(),
          );
          // Every line the reader had is still there, in order (one answer line may be replaced).
          const kept = note.split('\n').filter((line) => !line.startsWith('- '));
          const after = next.split('\n');
          let at = 0;
          for (const line of after) if (line === kept[at]) at++;
          expect(at).toBe(kept.length);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 5 },
    );
  });
});

describe('text beyond the audit rows', () => {
  it('is none when the note holds only the rows’ answers', () => {
    let note = writeFigureAnswer('', fig1, 'axes', 'yes');
    note = writeFigureAnswer(note, fig10, 'shows', 'more');
    expect(hasTextBeyondAnswers(note, ['Figure 1', 'Figure 10'])).toBe(false);
    expect(hasTextBeyondAnswers('', ['Figure 1'])).toBe(false);
  });

  it('is found for words typed by hand, in or out of a block, or about a figure not listed', () => {
    const note = writeFigureAnswer('', fig1, 'axes', 'yes');
    expect(hasTextBeyondAnswers(`Overall the plots are weak.\n\n${note}`, ['Figure 1'])).toBe(true);
    expect(hasTextBeyondAnswers(`${note}The y axis is log scale.\n`, ['Figure 1'])).toBe(true);
    expect(hasTextBeyondAnswers(note, ['Figure 2'])).toBe(true);
  });
});
