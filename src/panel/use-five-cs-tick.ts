/**
 * "Write down the five Cs" ticks itself when the reader fills in the last of the five Cs. Only on
 * that change, so a reader who unticks it afterwards, or opens a paper filled long ago, is not
 * overruled.
 */
import { useEffect, useRef } from 'preact/hooks';
import { STEP_IDS } from '../core/reading/checklist';
import { fiveCsFilled } from '../core/reading/note-fields';
import type { NotesHandle } from '../ui/use-notes';

export function useFiveCsTick(
  notes: Pick<NotesHandle, 'loaded' | 'texts'>,
  ticks: Readonly<Record<string, number>>,
  tick: (id: string) => void,
): void {
  const filled = notes.loaded && fiveCsFilled(notes.texts);
  const wasFilledRef = useRef<boolean | undefined>(undefined);
  const ticked = ticks[STEP_IDS[1].fiveCs] !== undefined;
  useEffect(() => {
    if (!notes.loaded) return;
    if (wasFilledRef.current === false && filled && !ticked) tick(STEP_IDS[1].fiveCs);
    wasFilledRef.current = filled;
  }, [notes.loaded, filled, ticked, tick]);
}
