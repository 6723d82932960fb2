/**
 * The current time, refreshed every second while `ticking`. Displays derive elapsed time from
 * stored timers and this clock; nothing counts seconds on its own.
 */
import { useEffect, useState } from 'preact/hooks';

export function useNow(ticking: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return undefined;
    const refresh = () => setNow(Date.now());
    refresh();
    const id = setInterval(refresh, intervalMs);
    return () => clearInterval(id);
  }, [ticking, intervalMs]);
  return now;
}
