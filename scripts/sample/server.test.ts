import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleServer, type SampleServer } from './server';

describe('sample server', () => {
  let server: SampleServer;
  beforeAll(async () => {
    server = await startSampleServer();
  });
  afterAll(() => server.close());

  const get = (path: string) => fetch(server.origin + path);

  it('serves the abstract page as HTML', async () => {
    const response = await get(server.paths.abstract);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain(
      `<meta name="citation_title" content="${server.paper.title}" />`,
    );
  });

  it('serves the PDF as application/pdf, with and without a .pdf suffix', async () => {
    expect(server.paths.pdf).not.toMatch(/\.pdf$/);
    for (const path of [server.paths.pdf, server.paths.pdfWithSuffix]) {
      const response = await get(path);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    }
  });

  it('answers the unversioned arXiv id too', async () => {
    expect((await get(`/abs/${server.paper.arxivId}`)).status).toBe(200);
  });

  it('answers 404 for anything else', async () => {
    expect((await get('/abs/0000.00000')).status).toBe(404);
  });

  it('says clearly when the port is taken', async () => {
    await expect(startSampleServer({ port: server.port })).rejects.toThrow(
      `port ${server.port} is already in use`,
    );
  });
});
