/**
 * Offers to read a page the extension may not read yet (a publisher's site), so the paper on it
 * can be recognised. Access is asked for one site, from the reader's click, and only when needed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BackgroundClient } from './background-client';

interface Props {
  client: BackgroundClient;
  tabId: number;
  url: string;
}

type Access = 'checking' | 'needed' | 'asking' | 'denied' | 'granted';

function siteOf(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? host : null;
  } catch {
    return null;
  }
}

export function SiteAccess({ client, tabId, url }: Props) {
  const site = siteOf(url);
  const [access, setAccess] = useState<Access>('checking');

  useEffect(() => {
    if (site === null) return undefined;
    let live = true;
    client.hasSiteAccess(url).then(
      (granted) => live && setAccess(granted ? 'granted' : 'needed'),
      () => live && setAccess('needed'),
    );
    return () => {
      live = false;
    };
  }, [client, url, site]);

  if (site === null || access === 'checking' || access === 'granted') return null;

  const ask = () => {
    // The request must start inside the click: nothing awaited before it.
    const asked = client.requestSiteAccess(url);
    setAccess('asking');
    asked.then(
      async (granted) => {
        setAccess(granted ? 'granted' : 'denied');
        if (granted) await client.request('readPage', { tabId });
      },
      () => setAccess('denied'),
    );
  };

  return (
    <div class="site-access">
      <p class="muted">
        To recognise the paper on this page (title, authors, DOI), the extension needs your
        permission to read pages on {site}.
      </p>
      <button type="button" disabled={access === 'asking'} onClick={ask}>
        Let it read {site}
      </button>
      {access === 'denied' && (
        <p class="muted" role="status">
          Not allowed; nothing on {site} is read.
        </p>
      )}
    </div>
  );
}
