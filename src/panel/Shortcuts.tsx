/**
 * The extension's keyboard shortcuts, as the browser has them now (the reader may have changed
 * or cleared them), asked for only when the reader opens the list.
 */
import { useState } from 'preact/hooks';
import type { KeyboardShortcut } from '../adapters/browser';

interface Props {
  listShortcuts: () => Promise<KeyboardShortcut[]>;
}

/** The toolbar button's command has no description of its own in some browsers. */
const OPEN_PANEL = 'Open the reading panel';

export function Shortcuts({ listShortcuts }: Props) {
  const [shortcuts, setShortcuts] = useState<KeyboardShortcut[] | 'failed' | null>(null);
  const load = () => {
    if (shortcuts !== null) return;
    listShortcuts().then(setShortcuts, () => setShortcuts('failed'));
  };
  return (
    <details class="shortcuts" onToggle={load}>
      <summary>Keyboard shortcuts</summary>
      {shortcuts === null && <p class="muted">Looking them up…</p>}
      {shortcuts === 'failed' && <p class="muted">The browser did not say.</p>}
      {Array.isArray(shortcuts) && (
        <dl class="shortcut-list">
          {shortcuts.map((s) => (
            <div key={s.name} class="shortcut">
              <dt>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">not set</span>}</dt>
              <dd>{s.description || (s.name === '_execute_action' ? OPEN_PANEL : s.name)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="muted">Change them in the browser’s extension shortcut settings.</p>
    </details>
  );
}
