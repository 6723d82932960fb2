/**
 * The three passes in a row: which one the reader is in, and which one is shown below. Choosing
 * a pass here only shows it; moving in the method is done with the actions.
 */
import { PASSES, type Pass } from '../core/model';

interface Props {
  /** The pass the reader is in or last worked on; undefined before they start. */
  current: Pass | undefined;
  shown: Pass;
  /** The pass whose timer runs, if any. */
  running?: Pass | undefined;
  onShow: (pass: Pass) => void;
}

export function PassStepper({ current, shown, running, onShow }: Props) {
  return (
    <nav class="pass-stepper" aria-label="Passes">
      <ol>
        {PASSES.map((pass) => (
          <li key={pass} class={pass === current ? 'step current' : 'step'}>
            <button
              type="button"
              aria-pressed={pass === shown}
              aria-current={pass === current ? 'step' : undefined}
              onClick={() => onShow(pass)}
            >
              Pass {pass}
              {pass === running && (
                <span class="step-running" title="Timer running">
                  {' '}
                  ●<span class="visually-hidden"> timer running</span>
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
