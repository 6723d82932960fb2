/**
 * The sample paper's abstract page, shaped like an arXiv abstract page: Highwire `citation_*` meta
 * tags in the head; title, authors, abstract, subjects and submission history in the body.
 */
import { versionedId, type SamplePaper } from './paper';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Highwire dates are year/month/day. */
const highwireDate = (date: Date): string =>
  `${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}`;

const meta = (name: string, content: string): string =>
  `<meta name="${name}" content="${escapeHtml(content)}" />`;

const STYLE = `
  body { font: 16px/1.5 Georgia, serif; margin: 0; color: #222; background: #fff; }
  header { background: #b31b1b; color: #fff; padding: 0.6em 1.2em; font-family: sans-serif; }
  header a { color: #fff; text-decoration: none; font-weight: bold; }
  main { display: flex; gap: 2em; padding: 1em 1.2em; max-width: 72em; }
  #abs { flex: 1; }
  .dateline { color: #666; font-style: italic; font-size: 0.9em; }
  h1.title { font-size: 1.6em; margin: 0.4em 0; }
  .descriptor { display: none; }
  .authors a { color: #0645ad; }
  blockquote.abstract { margin: 1em 0; line-height: 1.6; }
  table.metatable td { padding: 0.2em 0.6em 0.2em 0; vertical-align: top; }
  td.tablecell.label { font-weight: bold; text-align: right; }
  .extra-services { width: 14em; font-family: sans-serif; font-size: 0.9em; }
  .extra-services a.abs-button { display: block; margin: 0.3em 0; color: #0645ad; }
  .submission-history { font-size: 0.9em; margin-top: 1.5em; }
`;

export function abstractPageHtml(paper: SamplePaper): string {
  const id = versionedId(paper);
  const first = paper.submissions[0];
  const latest = paper.submissions.at(-1);
  const authorMeta = paper.authors.map((a) => meta('citation_author', a)).join('\n    ');
  const authorLinks = paper.authors
    .map(
      (a) =>
        `<a href="/search/?searchtype=author&amp;query=${encodeURIComponent(a)}">${escapeHtml(a)}</a>`,
    )
    .join(', ');
  const history = paper.submissions
    .map(
      (s) =>
        `<strong><a href="/abs/${paper.arxivId}v${s.version}">[v${s.version}]</a></strong> ` +
        `${escapeHtml(s.date.toUTCString().replace('GMT', 'UTC'))} (${s.sizeKb} KB)<br />`,
    )
    .join('\n        ');

  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>[${id}] ${escapeHtml(paper.title)}</title>
    ${meta('citation_title', paper.title)}
    ${authorMeta}
    ${first ? meta('citation_date', highwireDate(first.date)) : ''}
    ${latest ? meta('citation_online_date', highwireDate(latest.date)) : ''}
    ${meta('citation_pdf_url', `https://arxiv.org/pdf/${id}`)}
    ${meta('citation_arxiv_id', paper.arxivId)}
    ${meta('citation_abstract', paper.abstract)}
    <style>${STYLE}</style>
  </head>
  <body>
    <header><a href="/">arXiv-like sample</a> &gt; cs &gt; arXiv:${id}</header>
    <main>
      <div id="abs">
        <div class="subheader"><h2>Computer Science &gt; Digital Libraries</h2></div>
        <div class="dateline">[Submitted on ${first ? escapeHtml(first.date.toUTCString().slice(5, 16)) : ''} (v1), last revised ${latest ? escapeHtml(latest.date.toUTCString().slice(5, 16)) : ''} (this version, v${paper.version})]</div>
        <h1 class="title mathjax"><span class="descriptor">Title:</span>${escapeHtml(paper.title)}</h1>
        <div class="authors"><span class="descriptor">Authors:</span>${authorLinks}</div>
        <blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>${escapeHtml(paper.abstract)}</blockquote>
        <div class="metatable">
          <table class="metatable" summary="Additional metadata">
            <tr><td class="tablecell label">Comments:</td><td class="tablecell comments mathjax">${escapeHtml(paper.comments)}</td></tr>
            <tr><td class="tablecell label">Subjects:</td><td class="tablecell subjects"><span class="primary-subject">${escapeHtml(paper.subjects[0] ?? '')}</span>${paper.subjects
              .slice(1)
              .map((s) => `; ${escapeHtml(s)}`)
              .join('')}</td></tr>
            <tr><td class="tablecell label">Cite as:</td><td class="tablecell arxivid"><span class="arxivid"><a href="/abs/${id}">arXiv:${id}</a> [cs.DL]</span></td></tr>
          </table>
        </div>
        <div class="submission-history">
          <h2>Submission history</h2>
          From: ${escapeHtml(paper.authors[0] ?? '')} [<a href="/show-email/${paper.arxivId}">view email</a>]<br />
          ${history}
        </div>
      </div>
      <div class="extra-services">
        <h2>Access Paper:</h2>
        <a class="abs-button download-pdf" href="/pdf/${id}">View PDF</a>
        <a class="abs-button download-pdf-suffix" href="/pdf/${id}.pdf">View PDF (.pdf URL)</a>
      </div>
    </main>
  </body>
</html>
`;
}
