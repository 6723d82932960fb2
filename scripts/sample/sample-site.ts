/**
 * The sample server as a browser sees it. When openssl is available it speaks HTTPS and the
 * browser is told to resolve arxiv.org to it, so the sample reads as `https://arxiv.org/abs/...`
 * and the extension's arXiv content script runs on it; otherwise it is plain http://127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSelfSignedCertificate } from './certificate';
import { startSampleServer, type SampleServer } from './server';

/** Where the sample paper is served, and how the browser must be told to reach it. */
export interface SampleSite {
  /** Origin the browser uses for sample URLs (`https://arxiv.org` when mapped). */
  origin: string;
  /** When set, the browser maps arxiv.org to this local port and accepts its certificate. */
  arxivPort?: number;
}

export interface RunningSampleSite {
  server: SampleServer;
  site: SampleSite;
  /** Browser-side URL of a sample document. */
  url(kind: keyof SampleServer['paths']): string;
  close(): Promise<void>;
}

export async function startSampleSite(options: {
  port?: number;
  /** Serve as https://arxiv.org (for browsers that can map a host name: Chromium). */
  asArxiv: boolean;
}): Promise<RunningSampleSite> {
  const certDir = mkdtempSync(join(tmpdir(), 'three-pass-cert-'));
  const removeCertDir = () => rmSync(certDir, { recursive: true, force: true });
  try {
    const certificate = options.asArxiv ? makeSelfSignedCertificate(certDir) : null;
    const server = await startSampleServer({ port: options.port, certificate });
    const site: SampleSite = certificate
      ? { origin: 'https://arxiv.org', arxivPort: server.port }
      : { origin: server.origin };
    return {
      server,
      site,
      url: (kind) => site.origin + server.paths[kind],
      close: async () => {
        await server.close();
        removeCertDir();
      },
    };
  } catch (error) {
    removeCertDir();
    throw error;
  }
}
