/**
 * The best description of the paper a tab shows: for an arXiv PDF or HTML tab whose page gave no
 * metadata, what its abstract page says (fetched without a click), else the page as reported.
 * Until the abstract page answers, or when it cannot, the tab's own page stands.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TabPage } from '../core/identity/identify-tab';
import type { PaperIdentity } from '../core/identity/paper-identity';
import { paperUrl } from '../core/identity/paper-url';
import type { PageMetadata } from '../core/metadata/page-metadata';

/** Reads an abstract page's metadata; null when the page says nothing usable. */
export type ReadAbstractPage = (url: string, signal: AbortSignal) => Promise<PageMetadata | null>;

/** The abstract page to read for this tab, or null when the tab already says enough. */
export function abstractPageToRead(page: TabPage, identity: PaperIdentity): string | null {
  if (identity.kind !== 'arxiv' || identity.format === 'abstract') return null;
  if (page.metadata?.isPaper && page.metadata.authors.length > 0) return null;
  return paperUrl(identity);
}

export function usePageWithAbstract(
  read: ReadAbstractPage | undefined,
  page: TabPage,
  identity: PaperIdentity,
): TabPage {
  const url = read ? abstractPageToRead(page, identity) : null;
  const [found, setFound] = useState<{ url: string; metadata: PageMetadata } | null>(null);
  useEffect(() => {
    if (!read || !url) return undefined;
    const controller = new AbortController();
    read(url, controller.signal).then(
      (metadata) => metadata && !controller.signal.aborted && setFound({ url, metadata }),
      // Offline or refused: the PDF's first page gives title and authors instead.
      () => undefined,
    );
    return () => controller.abort();
  }, [read, url]);
  const metadata = found && found.url === url ? found.metadata : undefined;
  return useMemo(() => (metadata ? { ...page, metadata } : page), [page, metadata]);
}
