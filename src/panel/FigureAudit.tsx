/**
 * Pass 2's figure audit: a row per figure the PDF has, with the questions the method asks of it.
 * Answers are written into the 'figureAudit' note as Markdown (core/reading/figure-audit), so the
 * note field below shows them, exports keep them, and nothing else stores them.
 */
import type { PdfCaption } from '../core/pdf-structure/pdf-structure';
import {
  AUDIT_FIELD_NAMES,
  figureName,
  readFigureAnswers,
  writeFigureAnswer,
  type AuditField,
} from '../core/reading/figure-audit';

interface Props {
  figures: readonly PdfCaption[];
  /** The 'figureAudit' note as it stands. */
  note: string;
  readOnly: boolean;
  onChange: (note: string) => void;
}

const CHOICES = ['', 'yes', 'no', 'not applicable'];

export function FigureAudit({ figures, note, readOnly, onChange }: Props) {
  // A figure's caption found twice (a list of figures, a repeated label) is one figure.
  const unique = [...new Map(figures.map((f) => [figureName(f), f])).entries()];
  if (!unique.length) return null;
  return (
    <section class="figure-audit" aria-labelledby="figure-audit-heading">
      <h3 id="figure-audit-heading" class="section-heading">
        Figure audit
      </h3>
      {unique.map(([name, figure], row) => {
        const answers = readFigureAnswers(note, name);
        const write = (field: AuditField, value: string) =>
          onChange(writeFigureAnswer(note, { name, caption: figure.caption }, field, value));
        const choice = (field: AuditField) => (
          <label>
            {AUDIT_FIELD_NAMES[field]}?{' '}
            <select
              value={answers[field] ?? ''}
              disabled={readOnly}
              onChange={(event) => write(field, event.currentTarget.value)}
            >
              {CHOICES.map((value) => (
                <option key={value} value={value}>
                  {value || '—'}
                </option>
              ))}
            </select>
          </label>
        );
        return (
          <fieldset key={name} class="figure-audit-row">
            <legend>
              {name} (p. {figure.page})
            </legend>
            <p class="muted">{figure.caption}</p>
            {choice('axes')}
            {choice('errorBars')}
            <label>
              What it shows{' '}
              <input
                type="text"
                id={`figure-shows-${row}`}
                value={answers.shows ?? ''}
                readOnly={readOnly}
                onInput={(event) => write('shows', event.currentTarget.value)}
              />
            </label>
          </fieldset>
        );
      })}
    </section>
  );
}
