/**
 * A component in its own chunk, fetched when it is first rendered: for parts a page does not
 * show on opening (settings, pass 2's figure audit), so the first script stays small. It renders
 * nothing until its code has come, usually within a frame.
 */
import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): FunctionComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const [, setArrived] = useState(false);
    useEffect(() => {
      if (loaded) return undefined;
      let live = true;
      loading ??= load();
      loading.then(
        (component) => {
          loaded = component;
          if (live) setArrived(true);
        },
        // A chunk that failed to load is asked for again on the next render.
        () => (loading = undefined),
      );
      return () => {
        live = false;
      };
    }, []);
    return loaded ? h(loaded, props) : null;
  };
}
