/** Command-line flags for Chromium with our extension, shared by the tests and `npm start`. */
import type { SampleSite } from '../../../scripts/sample/sample-site';

/** Flags that load our extension and keep Chromium off the network. */
export function chromiumArgs(extensionDir: string, site: SampleSite): string[] {
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
  if (site.arxivPort !== undefined) {
    args.push(
      `--host-resolver-rules=MAP arxiv.org 127.0.0.1:${site.arxivPort}`,
      '--ignore-certificate-errors',
    );
  }
  // Chromium refuses to run as root with its sandbox (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
