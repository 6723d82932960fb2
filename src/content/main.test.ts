// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentToBackgroundValidators, parseMessage } from '../core/messages';

const sent: unknown[] = [];
vi.mock('../adapters/browser', () => ({
  sendMessage: async (message: unknown) => {
    sent.push(message);
    return { ok: true };
  },
}));

async function runContentScript(): Promise<unknown> {
  sent.length = 0;
  vi.resetModules();
  await import('./main');
  return sent[0];
}

describe('content script', () => {
  beforeEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('reports the page with its scholarly metadata, in a shape the background accepts', async () => {
    document.title = 'A Paper | Journal';
    for (const [name, content] of [
      ['citation_title', 'A Paper'],
      ['citation_author', 'LeCun, Yann'],
      ['citation_doi', '10.5555/a.1'],
    ]) {
      const meta = document.createElement('meta');
      meta.setAttribute('name', name!);
      meta.setAttribute('content', content!);
      document.head.append(meta);
    }
    const message = await runContentScript();
    const parsed = parseMessage(message, contentToBackgroundValidators);
    expect(parsed?.type).toBe('pageReport');
    expect(parsed?.payload.metadata).toMatchObject({
      isPaper: true,
      title: 'A Paper',
      authors: [{ name: 'Yann LeCun', original: 'LeCun, Yann' }],
      doi: '10.5555/a.1',
    });
  });

  it('sends no metadata from a PDF tab, whose document is the viewer', async () => {
    Object.defineProperty(document, 'contentType', {
      value: 'application/pdf',
      configurable: true,
    });
    try {
      const message = (await runContentScript()) as { payload: Record<string, unknown> };
      expect(message.payload.contentType).toBe('application/pdf');
      expect(message.payload).not.toHaveProperty('metadata');
    } finally {
      delete (document as { contentType?: string }).contentType;
    }
  });
});
