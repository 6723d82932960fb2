/**
 * The moves the method allows from where the reader is, and only those: each button is one of
 * the state machine's next states, labelled by it.
 */
import type { ReadingState } from '../core/model';
import {
  currentPass,
  nextStates,
  STOP_REASON_LABELS,
  transitionLabel,
} from '../core/reading/reading-state';

interface Props {
  state: ReadingState;
  onMove: (to: ReadingState) => void;
  /** True while a move is being saved: buttons wait. */
  busy: boolean;
}

function isBackwards(from: ReadingState, to: ReadingState): boolean {
  return from.kind === 'in-pass' && to.kind === 'in-pass' && to.pass < currentPass(from);
}

export function PassActions({ state, onMove, busy }: Props) {
  const moves = nextStates(state);
  const forward = moves.filter((to) => to.kind !== 'stopped' && !isBackwards(state, to));
  const stops = moves.filter((to) => to.kind === 'stopped');
  const back = moves.filter((to) => isBackwards(state, to));
  return (
    <section class="pass-actions" aria-label="Where next">
      <div class="action-row">
        {forward.map((to, i) => (
          <button
            key={transitionLabel(state, to)}
            type="button"
            class={i === 0 ? 'primary' : undefined}
            disabled={busy}
            onClick={() => onMove(to)}
          >
            {transitionLabel(state, to)}
          </button>
        ))}
      </div>
      {stops.length > 0 && (
        <div class="action-group" role="group" aria-labelledby="stop-reasons">
          <p id="stop-reasons" class="action-group-label">
            Or stop after this pass, because:
          </p>
          <div class="action-row">
            {stops.map((to) => (
              <button
                key={to.kind === 'stopped' ? to.reason : to.kind}
                type="button"
                disabled={busy}
                onClick={() => onMove(to)}
              >
                {to.kind === 'stopped' ? STOP_REASON_LABELS[to.reason] : transitionLabel(state, to)}
              </button>
            ))}
          </div>
        </div>
      )}
      {back.length > 0 && (
        <div class="action-row secondary">
          {back.map((to) => (
            <button
              key={transitionLabel(state, to)}
              type="button"
              disabled={busy}
              onClick={() => onMove(to)}
            >
              {transitionLabel(state, to)}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
