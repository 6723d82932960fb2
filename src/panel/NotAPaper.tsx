/** What the panel says for a tab that shows no paper it recognises. */
interface Props {
  title: string;
  url: string;
}

export function NotAPaper({ title, url }: Props) {
  return (
    <section class="not-a-paper" aria-label="Current tab">
      <p>
        This tab does not look like a research paper. Open an arXiv page, a PDF, or a publisher's
        page for a paper, and the reading guide appears here.
      </p>
      <p class="tab-title">{title || url}</p>
      {title && <p class="tab-url">{url}</p>}
    </section>
  );
}
