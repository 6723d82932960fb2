/**
 * Pass 2's figure audit: one compact row per figure the PDF has, with the questions the method
 * asks of it. Answers are written into the 'figureAudit' note as Markdown (core/reading/figure-audit):
 * stored once, exported as written; the raw note is not shown beside the rows unless it holds
 * more than their answers.
 */
import type { PdfCaption } from '../core/pdf-structure/pdf-structure';
import {
  AUDIT_FIELD_NAMES,
  readFigureAnswers,
  writeFigureAnswer,
  type AuditField,
} from '../core/reading/figure-audit';
import { pdfPageLink } from '../core/reading/pdf-page-link';
import { auditedFigures } from './figure-audit-notes';

interface Props {
  figures: readonly PdfCaption[];
  /** The 'figureAudit' note as it stands. */
  note: string;
  readOnly: boolean;
  onChange: (note: string) => void;
  /** The paper's PDF, for page numbers that open it there. */
  pdfUrl?: string | undefined;
}

/** Stored values (as the note has always had them), and the short words shown for them. */
const CHOICES: [value: string, shown: string][] = [
  ['', '—'],
  ['yes', 'yes'],
  ['no', 'no'],
  ['not applicable', 'n/a'],
];

export function FigureAudit({ figures, note, readOnly, onChange, pdfUrl }: Props) {
  const unique = auditedFigures(figures);
  if (!unique.length) return null;
  return (
    <section class="figure-audit" aria-labelledby="figure-audit-heading">
      <h3 id="figure-audit-heading" class="section-heading">
        Figure audit
      </h3>
      <ul class="figure-audit-rows">
        {unique.map(([name, figure], row) => {
          const answers = readFigureAnswers(note, name);
          const write = (field: AuditField, value: string) =>
            onChange(writeFigureAnswer(note, { name, caption: figure.caption }, field, value));
          const link = pdfPageLink(pdfUrl, figure.page);
          const choice = (field: AuditField) => (
            <label class="audit-choice">
              <span>{AUDIT_FIELD_NAMES[field]}?</span>
              <select
                value={answers[field] ?? ''}
                disabled={readOnly}
                onChange={(event) => write(field, event.currentTarget.value)}
              >
                {CHOICES.map(([value, shown]) => (
                  <option key={value} value={value}>
                    {shown}
                  </option>
                ))}
              </select>
            </label>
          );
          return (
            <li key={name} class="figure-audit-row">
              <div role="group" aria-labelledby={`figure-name-${row}`}>
                <p class="figure-audit-name">
                  <strong id={`figure-name-${row}`}>{name}</strong>{' '}
                  {link ? (
                    <a href={link} target="_blank" rel="noopener noreferrer">
                      p. {figure.page}
                    </a>
                  ) : (
                    <span class="muted">p. {figure.page}</span>
                  )}{' '}
                  <span class="figure-audit-caption" title={figure.caption}>
                    {figure.caption}
                  </span>
                </p>
                <div class="figure-audit-answers">
                  {choice('axes')}
                  {choice('errorBars')}
                  <label class="audit-shows">
                    <span>Shows</span>
                    <input
                      type="text"
                      id={`figure-shows-${row}`}
                      value={answers.shows ?? ''}
                      readOnly={readOnly}
                      placeholder="what it really shows"
                      onInput={(event) => write('shows', event.currentTarget.value)}
                    />
                  </label>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
