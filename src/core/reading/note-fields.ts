/** What each note field is called and what it asks the reader, pass by pass, in our own words. */
import type { NoteField, Pass } from '../model';
import { NOTE_FIELDS, PASSES } from '../model';

export interface NoteFieldInfo {
  field: NoteField;
  pass: Pass;
  label: string;
  /** A question to answer; shown as the field's placeholder or description. */
  prompt: string;
}

const FREE_NOTES = { label: 'Free notes', prompt: 'Anything else worth keeping from this pass.' };

const FIELD_TEXT: Record<NoteField, { label: string; prompt: string }> = {
  category: {
    label: 'Category',
    prompt:
      'What sort of paper is this: a measurement, a system study, a prototype, a theory, a survey?',
  },
  context: {
    label: 'Context',
    prompt: 'Which earlier work does it build on or argue with, and on what theory does it rest?',
  },
  correctness: {
    label: 'Correctness',
    prompt: 'On a first look, do its assumptions seem sound?',
  },
  contributions: {
    label: 'Contributions',
    prompt: 'What does it claim to add that was not there before?',
  },
  clarity: {
    label: 'Clarity',
    prompt: 'Is it easy to follow? Where did it lose you?',
  },
  decision: {
    label: 'Decision',
    prompt: 'Will you read on? If not, why not?',
  },
  free1: FREE_NOTES,
  keyPoints: {
    label: 'Key points',
    prompt: 'The main idea and the evidence behind it, as you would tell a colleague.',
  },
  figureAudit: {
    label: 'Figure audit',
    prompt:
      'For each figure: are the axes labelled, are there error bars, what does it actually show?',
  },
  termsAndQuestions: {
    label: 'Terms and questions',
    prompt: 'Words you had to look up, and what you would ask the authors.',
  },
  unreadReferences: {
    label: 'References to read',
    prompt: 'Cited work you have not read that would fill in the background.',
  },
  free2: FREE_NOTES,
  assumptions: {
    label: 'Assumptions challenged',
    prompt: 'Which assumptions, stated or silent, did you question, and do they hold?',
  },
  reimplementation: {
    label: 'Re-implementation notes',
    prompt: 'How you rebuilt the work in your head, and where your version and theirs part ways.',
  },
  missingCitations: {
    label: 'Missing citations',
    prompt: 'Related work the paper should have cited.',
  },
  strengthsWeaknesses: {
    label: 'Strengths and weaknesses',
    prompt: 'What is strong, what is weak, including problems in experiments or analysis.',
  },
  futureWork: {
    label: 'Ideas for future work',
    prompt: 'What would you try next, building on or against this paper?',
  },
  free3: FREE_NOTES,
};

export function noteFieldsFor(pass: Pass): NoteFieldInfo[] {
  return NOTE_FIELDS[pass].map((field) => ({ field, pass, ...FIELD_TEXT[field] }));
}

export function noteFieldInfo(field: NoteField): NoteFieldInfo {
  const pass = PASSES.find((p) => (NOTE_FIELDS[p] as readonly string[]).includes(field));
  if (pass === undefined) throw new Error(`Unknown note field: ${field}`);
  return { field, pass, ...FIELD_TEXT[field] };
}

/** For checking a field name that arrives from outside (a message, an import). */
export function isNoteField(value: unknown): value is NoteField {
  return (
    typeof value === 'string' &&
    PASSES.some((p) => (NOTE_FIELDS[p] as readonly string[]).includes(value))
  );
}

/** The five Cs of a first pass, in the method's order. */
export const FIVE_CS = ['category', 'context', 'correctness', 'contributions', 'clarity'] as const;

/** True when every one of the five Cs has some text. */
export function fiveCsFilled(texts: Partial<Record<NoteField, string>>): boolean {
  return FIVE_CS.every((field) => !!texts[field]?.trim());
}

/** What a pass concluded, carried to the passes after it: the five Cs and decision, the key points. */
export const CONCLUSION_FIELDS: Record<Pass, readonly NoteField[]> = {
  1: [...FIVE_CS, 'decision'],
  2: ['keyPoints'],
  3: [],
};
