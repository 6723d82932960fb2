/**
 * Test helper: three machines editing one paper and syncing in random orders, as fast-check
 * commands. Each machine's clock is skewed, so "newer" is decided by versions, not by luck.
 */
import fc from 'fast-check';
import type { NoteField, Pass } from '../model';
import {
  addGrowOnly,
  setField,
  setNote,
  setRunningTimer,
  setTag,
  setTick,
  settleRunningTimer,
  type Editor,
} from './local-edits';
import { emptyPaperDocument, mergePaperDocuments, type PaperDocument } from './paper-document';

export const MACHINES = ['laptop', 'desktop', 'tablet'] as const;
export type Machine = (typeof MACHINES)[number];
export const PAPER_KEY = 'arxiv:2106.09608';
const NOTE_FIELDS: NoteField[] = ['context', 'keyPoints'];
const START = Date.UTC(2026, 0, 1);

export type Step =
  | { kind: 'title'; machine: number; title: string }
  | { kind: 'queue'; machine: number; position: number | null }
  | { kind: 'delete'; machine: number; deleted: boolean }
  | { kind: 'tag'; machine: number; tag: string; present: boolean }
  | { kind: 'tick'; machine: number; item: string; ticked: boolean }
  | { kind: 'note'; machine: number; field: number; text: string }
  | { kind: 'session'; machine: number; pass: Pass; minutes: number }
  | { kind: 'timer'; machine: number; pass: Pass | null }
  | { kind: 'alias'; machine: number; alias: string }
  | { kind: 'sync'; machine: number; from: number }
  | { kind: 'wait'; ms: number };

const machine = fc.nat({ max: MACHINES.length - 1 });
const pass = fc.constantFrom<Pass>(1, 2, 3);
const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', '');

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('title' as const), machine, title: word }),
  fc.record({ kind: fc.constant('queue' as const), machine, position: fc.option(fc.nat(5)) }),
  fc.record({ kind: fc.constant('delete' as const), machine, deleted: fc.boolean() }),
  fc.record({ kind: fc.constant('tag' as const), machine, tag: word, present: fc.boolean() }),
  fc.record({ kind: fc.constant('tick' as const), machine, item: word, ticked: fc.boolean() }),
  fc.record({ kind: fc.constant('note' as const), machine, field: fc.nat(1), text: word }),
  fc.record({ kind: fc.constant('session' as const), machine, pass, minutes: fc.nat(90) }),
  fc.record({ kind: fc.constant('timer' as const), machine, pass: fc.option(pass) }),
  fc.record({ kind: fc.constant('alias' as const), machine, alias: word }),
  fc.record({ kind: fc.constant('sync' as const), machine, from: machine }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.nat(120_000) }),
);

export const stepsArbitrary = fc.array(stepArbitrary, { maxLength: 40 });

/** Clock skew per machine: one runs a minute behind, one a second ahead. */
const SKEW = [0, -60_000, 1_000];

export class SimulatedMachines {
  docs: PaperDocument[] = MACHINES.map(() => emptyPaperDocument(PAPER_KEY, START));
  now = START;

  editor(m: number): Editor {
    return { machine: MACHINES[m]!, now: this.now + SKEW[m]! };
  }

  apply(step: Step): void {
    if (step.kind === 'wait') {
      this.now += step.ms;
      return;
    }
    this.now += 1;
    const m = step.machine;
    const e = this.editor(m);
    const doc = this.docs[m]!;
    this.docs[m] = this.edited(doc, step, e);
  }

  private edited(doc: PaperDocument, step: Exclude<Step, { kind: 'wait' }>, e: Editor) {
    switch (step.kind) {
      case 'title':
        return setField(doc, 'title', step.title, e);
      case 'queue':
        return setField(doc, 'queuePosition', step.position, e);
      case 'delete':
        return setField(doc, 'deleted', step.deleted, e);
      case 'tag':
        return setTag(doc, step.tag, step.present, e);
      case 'tick':
        return setTick(doc, step.item, step.ticked ? e.now : null, e);
      case 'note':
        return setNote(doc, NOTE_FIELDS[step.field]!, step.text, e);
      case 'session':
        return addGrowOnly(doc, {
          sessions: [{ pass: step.pass, start: e.now, end: e.now + step.minutes * 60_000 }],
        });
      case 'timer': {
        const settled = settleRunningTimer(doc, e.now, e);
        if (step.pass === null) return settled;
        return setRunningTimer(settled, { pass: step.pass, since: e.now, aliveAt: e.now }, e);
      }
      case 'alias':
        return addGrowOnly(doc, { aliases: [`doi:${step.alias}`] });
      case 'sync':
        return mergePaperDocuments(doc, this.docs[step.from]!);
    }
  }
}

export function run(steps: readonly Step[]): SimulatedMachines {
  const machines = new SimulatedMachines();
  for (const step of steps) machines.apply(step);
  return machines;
}
