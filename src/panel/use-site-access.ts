/** Whether the extension may read pages of a URL's site (false while unknown or without a URL). */
import { useEffect, useState } from 'preact/hooks';
import type { BackgroundClient } from './background-client';

export function useSiteAccess(
  client: Pick<BackgroundClient, 'hasSiteAccess'>,
  url: string | undefined,
): boolean {
  const [access, setAccess] = useState<{ url: string; granted: boolean } | null>(null);
  useEffect(() => {
    if (!url) return undefined;
    let live = true;
    client.hasSiteAccess(url).then(
      (granted) => live && setAccess({ url, granted }),
      () => live && setAccess({ url, granted: false }),
    );
    return () => {
      live = false;
    };
  }, [client, url]);
  return access !== null && access.url === url && access.granted;
}
