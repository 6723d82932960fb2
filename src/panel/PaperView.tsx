/** The paper a tab shows: looked up in the library, then the guide for it. */
import type { TabPage } from '../core/identity/identify-tab';
import type { PaperIdentity } from '../core/identity/paper-identity';
import type { Settings } from '../core/model';
import { PaperGuide } from './PaperGuide';
import type { PanelServices } from './panel-services';
import { usePageWithAbstract } from './use-abstract-page';
import { usePaper } from './use-paper';

interface Props {
  services: PanelServices;
  settings: Settings;
  page: TabPage;
  identity: PaperIdentity;
  onReadingChanged: () => void;
}

export function PaperView({
  services,
  settings,
  page: tabPage,
  identity,
  onReadingChanged,
}: Props) {
  const page = usePageWithAbstract(services.readAbstractPage, tabPage, identity);
  const handle = usePaper(services.db, services.changes, page, identity);
  const { paper } = handle;
  if (!paper) {
    return (
      <p aria-busy="true">
        {handle.error
          ? `Your library could not be read: ${handle.error}`
          : 'Looking in your library…'}
      </p>
    );
  }
  const tabShowsPdf = identity.format === 'pdf' || page.contentType === 'application/pdf';
  // The extension cannot fetch a file:// PDF: the reader picks the file instead.
  const tabPdf = tabShowsPdf && !page.url.startsWith('file:') ? page.url : undefined;
  return (
    <PaperGuide
      key={paper.key}
      services={services}
      handle={{ ...handle, paper }}
      settings={settings}
      source={page.url}
      pdfUrl={tabShowsPdf ? tabPdf : paper.links.pdf}
      onReadingChanged={onReadingChanged}
    />
  );
}
