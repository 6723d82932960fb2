import { describe, expect, it } from 'vitest';
import { PASSES } from '../model';
import {
  checklistFor,
  checklistProgress,
  findChecklistItem,
  idsTickedWith,
  IN_LIBRARY,
  genericChecklist,
  isStepDone,
  type PaperStructure,
  STEP_IDS,
} from './checklist';

const structure: PaperStructure = {
  headings: [
    { text: 'Introduction', number: '1', page: 1 },
    { text: 'Design', number: '2', page: 2 },
    { text: 'Evaluation', number: '3', page: 5 },
    { text: 'Conclusion', number: '4', page: 9 },
  ],
  conclusionsIndex: 3,
  figures: [
    { label: 'Figure', number: '1', caption: 'Architecture overview.', page: 2 },
    { label: 'Figure 2', caption: 'Latency against load.' },
  ],
  references: [
    { index: 1, text: 'A. Author. A prior system. 2001.' },
    { index: 2, text: 'B. Author. Another one. 2003.' },
  ],
};

const step = (items: ReturnType<typeof checklistFor>, id: string) =>
  items.find((s) => s.id === id)!;

describe('checklist', () => {
  it('has generic steps for every pass with unique ids', () => {
    const ids = PASSES.flatMap((p) => genericChecklist(p).map((s) => s.id));
    expect(ids.length).toBeGreaterThan(15);
    expect(new Set(ids).size).toBe(ids.length);
    expect(checklistFor(1)).toEqual(genericChecklist(1));
  });

  it("lists the paper's own headings, conclusions and references under pass 1's steps", () => {
    const pass1 = checklistFor(1, structure);
    expect(step(pass1, STEP_IDS[1].headings).items?.map((i) => [i.text, i.page])).toEqual([
      ['1 Introduction', 1],
      ['2 Design', 2],
      ['3 Evaluation', 5],
      ['4 Conclusion', 9],
    ]);
    expect(step(pass1, STEP_IDS[1].conclusions).items?.map((i) => [i.text, i.page])).toEqual([
      ['4 Conclusion', 9],
    ]);
    expect(step(pass1, STEP_IDS[1].references).items?.map((i) => i.text)).toEqual([
      'A. Author. A prior system. 2001.',
      'B. Author. Another one. 2003.',
    ]);
    expect(step(pass1, STEP_IDS[1].opening).items).toBeUndefined();
    expect(pass1.flatMap((s) => s.items ?? []).every((i) => i.fromPaper)).toBe(true);
  });

  it('gives pass 2 one item per figure, with its caption', () => {
    const figures = step(checklistFor(2, structure), STEP_IDS[2].figures).items;
    expect(figures?.map((f) => [f.text, f.hint, f.page])).toEqual([
      ['Figure 1', 'Architecture overview.', 2],
      ['Figure 2', 'Latency against load.', undefined],
    ]);
  });

  it('keeps the generic step when a part of the structure is missing', () => {
    const pass1 = checklistFor(1, { headings: structure.headings, conclusionsIndex: null });
    expect(step(pass1, STEP_IDS[1].conclusions).items).toBeUndefined();
    expect(step(pass1, STEP_IDS[1].references).items).toBeUndefined();
    expect(step(checklistFor(2, {}), STEP_IDS[2].figures).items).toBeUndefined();
  });

  it('keeps item ids when a re-analysis finds one more heading', () => {
    const before = step(checklistFor(1, structure), STEP_IDS[1].headings).items!;
    const after = step(
      checklistFor(1, {
        headings: [{ text: 'Abstract', page: 1 }, ...structure.headings!],
      }),
      STEP_IDS[1].headings,
    ).items!;
    for (const item of before) {
      expect(after.find((a) => a.text === item.text)?.id).toBe(item.id);
    }
    expect(checklistFor(1, structure)).toEqual(checklistFor(1, structure));
  });

  it('gives repeated headings distinct ids', () => {
    const items = step(
      checklistFor(1, { headings: [{ text: 'Results' }, { text: 'Results' }] }),
      STEP_IDS[1].headings,
    ).items!;
    expect(items[0]!.id).not.toBe(items[1]!.id);
  });

  it('counts a step done when it is ticked or all its items are', () => {
    const pass1 = checklistFor(1, structure);
    const headings = step(pass1, STEP_IDS[1].headings);
    const allButOne = Object.fromEntries(headings.items!.slice(1).map((i) => [i.id, 1]));
    expect(isStepDone(headings, allButOne)).toBe(false);
    expect(isStepDone(headings, { ...allButOne, [headings.items![0]!.id]: 2 })).toBe(true);
    expect(isStepDone(headings, { [headings.id]: 3 })).toBe(true);
    expect(checklistProgress(pass1, { [STEP_IDS[1].opening]: 1, [headings.id]: 2 })).toEqual({
      done: 2,
      total: pass1.length,
    });
  });

  it('shows a number the heading text already carries once, and keeps the ids ticks were stored by', () => {
    // As the PDF analysis gives them: the number is both in the text and on its own.
    const fromPdf: PaperStructure = {
      headings: [
        { text: '1 Introduction', number: '1', page: 1 },
        { text: 'III. Method', number: 'III', page: 3 },
        { text: '10 Lessons', number: '1', page: 8 },
        { text: 'Related work', page: 9 },
      ],
    };
    const items = step(checklistFor(1, fromPdf), STEP_IDS[1].headings).items!;
    expect(items.map((i) => i.text)).toEqual([
      '1 Introduction',
      'III. Method',
      '1 10 Lessons',
      'Related work',
    ]);
    // Same PDF, same ids: a tick stored under the earlier label ("1 1 Introduction") still counts.
    const again = step(checklistFor(1, fromPdf), STEP_IDS[1].headings).items!;
    expect(again.map((i) => i.id)).toEqual(items.map((i) => i.id));
    const oldLabelId = step(
      checklistFor(1, { headings: [{ text: '1 1 Introduction', page: 1 }] }),
      STEP_IDS[1].headings,
    ).items![0]!.id;
    expect(items[0]!.id).toBe(oldLabelId);
  });

  it('marks the references the library already holds', () => {
    const refs = step(
      checklistFor(1, structure, (text) => text.includes('prior system')),
      STEP_IDS[1].references,
    ).items!;
    expect(refs.map((r) => [r.text, r.hint])).toEqual([
      ['A. Author. A prior system. 2001.', IN_LIBRARY],
      ['B. Author. Another one. 2003.', undefined],
    ]);
  });
});

describe('the headings outline', () => {
  const outlined: PaperStructure = {
    headings: [
      { text: 'Introduction', number: '1', page: 1, level: 1 },
      { text: 'Design', number: '2', page: 2, level: 1 },
      { text: 'Storage', number: '2.1', page: 3, level: 2 },
      { text: 'Layout', number: '2.1.1', page: 3, level: 3 },
      { text: 'Network', number: '2.2', page: 4, level: 2 },
      { text: 'Conclusion', number: '3', page: 9, level: 1 },
    ],
  };

  it('puts sub-sections under their section, top level first', () => {
    const headings = step(checklistFor(1, outlined), STEP_IDS[1].headings);
    expect(headings.outline).toBe(true);
    expect(headings.items?.map((i) => i.text)).toEqual([
      '1 Introduction',
      '2 Design',
      '3 Conclusion',
    ]);
    const design = headings.items![1]!;
    expect(design.items?.map((i) => i.text)).toEqual(['2.1 Storage', '2.2 Network']);
    expect(design.items![0]!.items?.map((i) => i.text)).toEqual(['2.1.1 Layout']);
  });

  it('keeps the ids a flat list had, so stored ticks stay', () => {
    const flat = step(checklistFor(1, structure), STEP_IDS[1].headings).items!.map((i) => i.id);
    const again = step(
      checklistFor(1, { headings: structure.headings!.map((h) => ({ ...h, level: 1 })) }),
      STEP_IDS[1].headings,
    ).items!.map((i) => i.id);
    expect(again).toEqual(flat);
  });

  it('a tick on a step or a section covers everything under it', () => {
    const steps = checklistFor(1, outlined);
    const design = findChecklistItem(steps, step(steps, STEP_IDS[1].headings).items![1]!.id)!;
    expect(idsTickedWith(design)).toHaveLength(4);
    expect(idsTickedWith(step(steps, STEP_IDS[1].headings))).toHaveLength(7);
    expect(idsTickedWith(step(steps, STEP_IDS[1].opening))).toEqual([STEP_IDS[1].opening]);
  });
});
