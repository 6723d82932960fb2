/**
 * The steps of each pass, in our own words, and the same steps made concrete for one paper when
 * its structure is known: "skim the headings" becomes the paper's headings, the figure step one
 * item per figure, and so on. Ids are stable, because the paper's ticks are stored by id.
 */
import type { Pass } from '../model';

export interface ChecklistItem {
  id: string;
  /** Our wording for a step; for an item taken from the paper, the paper's own text (untrusted). */
  text: string;
  /** True when `text` and `hint` come from the paper: render as plain text. */
  fromPaper?: boolean;
  /** Why or how, in a few words; a figure's caption for a figure item. */
  hint?: string;
  /** 1-based page in the PDF, when known. */
  page?: number;
  /** The paper's own items under a step; the step counts as done when all are ticked. */
  items?: ChecklistItem[];
}

/**
 * What the PDF analysis found, as far as it got. Every part is optional; a PdfStructure from
 * core/pdf-structure fits as it is.
 */
export interface PaperStructure {
  /**
   * `number` is the printed numbering ("2.3"), shown before the text unless the text begins with
   * it (a PdfHeading's text does).
   */
  headings?: { text: string; number?: string; page?: number }[];
  /** Index in `headings` of the conclusions heading. */
  conclusionsIndex?: number | null;
  /** `label` is "Figure 3", or "Figure" with `number` "3". */
  figures?: { label: string; number?: string; caption: string; page?: number }[];
  references?: { index: number; text: string }[];
}

/** Step ids. Never rename one: ticks already stored would be lost. */
export const STEP_IDS = {
  1: {
    opening: 'p1-opening',
    headings: 'p1-headings',
    mathematics: 'p1-mathematics',
    conclusions: 'p1-conclusions',
    references: 'p1-references',
    fiveCs: 'p1-five-cs',
    decide: 'p1-decide',
  },
  2: {
    body: 'p2-body',
    keyPoints: 'p2-key-points',
    figures: 'p2-figures',
    unreadReferences: 'p2-unread-references',
    terms: 'p2-terms',
    summary: 'p2-summary',
    decide: 'p2-decide',
  },
  3: {
    rebuild: 'p3-rebuild',
    compare: 'p3-compare',
    assumptions: 'p3-assumptions',
    present: 'p3-present',
    futureWork: 'p3-future-work',
    recall: 'p3-recall',
  },
} as const;

const GENERIC_STEPS: Record<Pass, ChecklistItem[]> = {
  1: [
    {
      id: STEP_IDS[1].opening,
      text: 'Read the title, the abstract and the introduction closely',
      hint: 'They say what problem the paper takes on and what it claims.',
    },
    {
      id: STEP_IDS[1].headings,
      text: 'Skim the section headings, skipping the text under them',
      hint: 'The headings show how the argument is built.',
    },
    {
      id: STEP_IDS[1].mathematics,
      text: 'Look over any equations without working through them',
      hint: 'Only to see which theory the work stands on.',
    },
    {
      id: STEP_IDS[1].conclusions,
      text: 'Read the conclusions',
    },
    {
      id: STEP_IDS[1].references,
      text: 'Run an eye down the references',
      hint: 'Tick those you already know.',
    },
    {
      id: STEP_IDS[1].fiveCs,
      text: 'Write down the five Cs',
      hint: 'Category, context, correctness, contributions, clarity.',
    },
    {
      id: STEP_IDS[1].decide,
      text: 'Decide whether this paper deserves a second pass',
    },
  ],
  2: [
    {
      id: STEP_IDS[2].body,
      text: 'Read the whole paper with care, leaving proofs and fine detail aside',
    },
    {
      id: STEP_IDS[2].keyPoints,
      text: 'Note the key points and your comments as you go',
    },
    {
      id: STEP_IDS[2].figures,
      text: 'Study each figure, diagram and plot',
      hint: 'Labelled axes? Error bars? Does it really show what the text claims?',
    },
    {
      id: STEP_IDS[2].unreadReferences,
      text: 'Mark cited work you have not read and should',
      hint: 'A good way into the background of the field.',
    },
    {
      id: STEP_IDS[2].terms,
      text: 'List unfamiliar terms and questions you would ask the authors',
    },
    {
      id: STEP_IDS[2].summary,
      text: 'Check that you could explain the main idea and its evidence to a colleague',
    },
    {
      id: STEP_IDS[2].decide,
      text: 'Decide: set it aside, read some background first, or go on to pass 3',
    },
  ],
  3: [
    {
      id: STEP_IDS[3].rebuild,
      text: "Start from the authors' assumptions and rebuild the work yourself",
    },
    {
      id: STEP_IDS[3].compare,
      text: 'Hold your version against the paper',
      hint: 'Where it differs you find what is new, and what is weak or unstated.',
    },
    {
      id: STEP_IDS[3].assumptions,
      text: 'Find every assumption, stated or not, and question it',
    },
    {
      id: STEP_IDS[3].present,
      text: 'Work out how you would present each idea',
    },
    {
      id: STEP_IDS[3].futureWork,
      text: 'Write down ideas for follow-up work',
    },
    {
      id: STEP_IDS[3].recall,
      text: 'Check you can sketch the paper from memory and name its strengths and gaps',
      hint: 'Including hidden assumptions, missing citations and flaws in method.',
    },
  ],
};

/** The generic steps of a pass, shown until the paper's structure is known. */
export function genericChecklist(pass: Pass): ChecklistItem[] {
  return GENERIC_STEPS[pass].map((step) => ({ ...step }));
}

/** FNV-1a, 32 bits, base 36: a short id that stays the same for the same text. */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Ids from the text, so the same heading keeps its tick when a re-analysis finds one more or
 * one fewer heading; repeated texts get a counter.
 */
function idsByText(prefix: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const hash = textHash(normalise(text));
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return count === 1 ? `${prefix}:${hash}` : `${prefix}:${hash}-${count}`;
  });
}

type Heading = NonNullable<PaperStructure['headings']>[number];

/** The heading as printed: its number once, whether or not the extracted text already has it. */
function headingLabel({ text, number }: Heading): string {
  if (!number) return text;
  // "1 Introduction" has its number; "1 10 Lessons" (number 1, text "10 Lessons") does not.
  const hasNumber = text.startsWith(number) && !/^\.?\d/.test(text.slice(number.length));
  return hasNumber ? text : `${number} ${text}`;
}

function headingItems(stepId: string, headings: readonly Heading[]) {
  // Ids hash number + text, as they always have, so ticks stored before the label fix stay.
  const ids = idsByText(
    stepId,
    headings.map((h) => (h.number ? `${h.number} ${h.text}` : h.text)),
  );
  return headings.map((heading, i): ChecklistItem => {
    const item: ChecklistItem = { id: ids[i]!, text: headingLabel(heading), fromPaper: true };
    if (heading.page !== undefined) item.page = heading.page;
    return item;
  });
}

/** Expands the step with the paper's own items; a step with nothing found stays generic. */
function expandStep(
  step: ChecklistItem,
  structure: PaperStructure,
  inLibrary: (reference: string) => boolean,
): ChecklistItem {
  const { headings, conclusionsIndex, figures, references } = structure;
  switch (step.id) {
    case STEP_IDS[1].headings:
      return headings?.length ? { ...step, items: headingItems(step.id, headings) } : step;
    case STEP_IDS[1].conclusions: {
      const heading = conclusionsIndex == null ? undefined : headings?.[conclusionsIndex];
      return heading ? { ...step, items: headingItems(step.id, [heading]) } : step;
    }
    case STEP_IDS[1].references:
      return references?.length
        ? {
            ...step,
            items: references.map((ref): ChecklistItem => ({
              id: `${step.id}:${ref.index}`,
              text: ref.text,
              fromPaper: true,
              ...(inLibrary(ref.text) ? { hint: IN_LIBRARY } : {}),
            })),
          }
        : step;
    case STEP_IDS[2].figures: {
      if (!figures?.length) return step;
      const labels = figures.map((f) => (f.number ? `${f.label} ${f.number}` : f.label));
      const ids = idsByText(step.id, labels);
      return {
        ...step,
        items: figures.map((figure, i): ChecklistItem => {
          const item: ChecklistItem = {
            id: ids[i]!,
            text: labels[i]!,
            hint: figure.caption,
            fromPaper: true,
          };
          if (figure.page !== undefined) item.page = figure.page;
          return item;
        }),
      };
    }
    default:
      return step;
  }
}

/** The hint on a reference the library already holds. */
export const IN_LIBRARY = 'In your library';

/**
 * The checklist of a pass for one paper: the generic steps, made concrete where the structure
 * allows; `inLibrary` tells which references the reader already has (marked, for them to tick).
 */
export function checklistFor(
  pass: Pass,
  structure?: PaperStructure,
  inLibrary: (reference: string) => boolean = () => false,
): ChecklistItem[] {
  const steps = genericChecklist(pass);
  return structure ? steps.map((step) => expandStep(step, structure, inLibrary)) : steps;
}

/** A step is done when ticked itself, or when it has items and all are ticked. */
export function isStepDone(step: ChecklistItem, ticks: Readonly<Record<string, number>>): boolean {
  if (ticks[step.id] !== undefined) return true;
  return !!step.items?.length && step.items.every((item) => ticks[item.id] !== undefined);
}

/** Steps done out of steps, counted per step so a long reference list does not swamp the rest. */
export function checklistProgress(
  steps: readonly ChecklistItem[],
  ticks: Readonly<Record<string, number>>,
): { done: number; total: number } {
  return { done: steps.filter((step) => isStepDone(step, ticks)).length, total: steps.length };
}
