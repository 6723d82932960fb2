/**
 * The steps of each pass, in our own words, and the same steps made concrete for one paper when
 * its structure is known: "skim the headings" becomes the paper's headings, the figure step one
 * item per figure, and so on. Ids are stable, because the paper's ticks are stored by id.
 */
import type { Pass } from '../model';
import { headingOutline, idsByText } from './heading-outline';

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
  /** True when `items` is the paper's outline: its top level always shows, deeper levels fold. */
  outline?: boolean;
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
  headings?: { text: string; number?: string; page?: number; level?: number }[];
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

/** Expands the step with the paper's own items; a step with nothing found stays generic. */
function expandStep(
  step: ChecklistItem,
  structure: PaperStructure,
  inLibrary: (reference: string) => boolean,
): ChecklistItem {
  const { headings, conclusionsIndex, figures, references } = structure;
  switch (step.id) {
    case STEP_IDS[1].headings:
      return headings?.length
        ? { ...step, items: headingOutline(step.id, headings), outline: true }
        : step;
    case STEP_IDS[1].conclusions: {
      const heading = conclusionsIndex == null ? undefined : headings?.[conclusionsIndex];
      return heading
        ? { ...step, items: headingOutline(step.id, [{ ...heading, level: 1 }]) }
        : step;
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

/** The ids a tick on this item sets or clears: the item and everything under it. */
export function idsTickedWith(item: ChecklistItem): string[] {
  return [item.id, ...(item.items ?? []).flatMap(idsTickedWith)];
}

/** The item with this id, at any depth. */
export function findChecklistItem(
  items: readonly ChecklistItem[],
  id: string,
): ChecklistItem | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const found = item.items && findChecklistItem(item.items, id);
    if (found) return found;
  }
  return undefined;
}
