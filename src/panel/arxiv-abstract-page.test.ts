// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readArxivAbstractPage } from './arxiv-abstract-page';

/** A trimmed page in the shape of arXiv's abstract page (written for this test). */
const ABSTRACT_PAGE = `<!doctype html><html><head><title>[2106.09608] A paper</title>
<meta name="citation_title" content="Chains of <b>Thought</b> &amp; more">
<meta name="citation_author" content="Lovelace, Ada">
<meta name="citation_author" content="Turing, Alan">
<meta name="citation_arxiv_id" content="2106.09608">
</head><body><div id="abs"><h1 class="title">Title: Chains of Thought</h1>
<div class="authors"><a href="/a/lovelace_a_1">Ada Lovelace</a>, <a href="/a/turing_a_1">Alan Turing</a></div>
<blockquote class="abstract">Abstract: We read papers.</blockquote></div></body></html>`;

function answer(body: string, contentType: string, status = 200) {
  const fetchMock = vi.fn(
    async () => new Response(body, { status, headers: { 'content-type': contentType } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('readArxivAbstractPage', () => {
  it('reads title and authors as text, without sending cookies', async () => {
    const fetchMock = answer(ABSTRACT_PAGE, 'text/html; charset=utf-8');
    const url = 'https://arxiv.org/abs/2106.09608';
    const metadata = await readArxivAbstractPage(url, new AbortController().signal);
    expect(metadata?.title).toBe('Chains of Thought & more');
    expect(metadata?.authors.map((a) => a.name)).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(fetchMock).toHaveBeenCalledWith(url, expect.objectContaining({ credentials: 'omit' }));
  });

  it('gives nothing for an error page or a page that is not HTML', async () => {
    const signal = new AbortController().signal;
    answer('Not found', 'text/html', 404);
    expect(await readArxivAbstractPage('https://arxiv.org/abs/2106.09608', signal)).toBeNull();
    answer('%PDF-1.7', 'application/pdf');
    expect(await readArxivAbstractPage('https://arxiv.org/abs/2106.09608', signal)).toBeNull();
  });
});
