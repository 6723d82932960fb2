/**
 * The page's view, tab and open paper, kept in the URL: changing the view replaces the history
 * entry (a search is not a page to go back to); opening a paper or a tab adds one, so Back works.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { decodeLocation, encodeLocation, type LibraryLocation } from '../core/search/url-state';

export function useLibraryLocation(): [LibraryLocation, (next: LibraryLocation) => void] {
  const [current, setCurrent] = useState<LibraryLocation>(() =>
    decodeLocation(window.location.search),
  );

  useEffect(() => {
    const onPop = () => setCurrent(decodeLocation(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((next: LibraryLocation) => {
    setCurrent((before) => {
      const url = `${window.location.pathname}${encodeLocation(next)}${window.location.hash}`;
      if (before.paper !== next.paper || before.tab !== next.tab)
        window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      return next;
    });
  }, []);

  return [current, navigate];
}
