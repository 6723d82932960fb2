import { describe, expect, it } from 'vitest';
import { NOTE_FIELDS, PASSES } from '../model';
import { FIVE_CS, fiveCsFilled, isNoteField, noteFieldInfo, noteFieldsFor } from './note-fields';

describe('note fields', () => {
  it('labels and prompts every field of every pass, in the order of the model', () => {
    for (const pass of PASSES) {
      const infos = noteFieldsFor(pass);
      expect(infos.map((i) => i.field)).toEqual([...NOTE_FIELDS[pass]]);
      for (const info of infos) {
        expect(info.pass).toBe(pass);
        expect(info.label.length).toBeGreaterThan(0);
        expect(info.prompt.length).toBeGreaterThan(10);
      }
    }
    expect(
      noteFieldsFor(1)
        .map((i) => i.label)
        .slice(0, 5),
    ).toEqual(['Category', 'Context', 'Correctness', 'Contributions', 'Clarity']);
  });

  it('finds a field by name and refuses names that are not fields', () => {
    expect(noteFieldInfo('figureAudit')).toMatchObject({ pass: 2, label: 'Figure audit' });
    expect(isNoteField('futureWork')).toBe(true);
    expect(isNoteField('toString')).toBe(false);
    expect(isNoteField(3)).toBe(false);
  });
});

describe('fiveCsFilled', () => {
  it('needs text, not blanks, in each of the five Cs', () => {
    const all = Object.fromEntries(FIVE_CS.map((field) => [field, 'x']));
    expect(fiveCsFilled(all)).toBe(true);
    expect(fiveCsFilled({ ...all, clarity: '  \n' })).toBe(false);
    expect(fiveCsFilled({ ...all, correctness: undefined })).toBe(false);
  });
});
