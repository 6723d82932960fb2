/**
 * What the earlier passes concluded (the five Cs and the decision of pass 1, the key points of
 * pass 2), folded at the top of passes 2 and 3 so the reader has it at hand. Fields left empty
 * are left out; notes are the reader's text, shown as text.
 */
import { PASSES, type Pass } from '../core/model';
import { CONCLUSION_FIELDS, noteFieldInfo } from '../core/reading/note-fields';
import type { NoteTexts } from '../ui/use-notes';

interface Props {
  pass: Pass;
  texts: NoteTexts;
}

export function EarlierPasses({ pass, texts }: Props) {
  const filled = PASSES.filter((p) => p < pass)
    .flatMap((p) => CONCLUSION_FIELDS[p])
    .filter((field) => texts[field]?.trim());
  if (!filled.length) return null;
  return (
    <details class="earlier-passes">
      <summary>{pass === 2 ? 'What pass 1 concluded' : 'What passes 1 and 2 concluded'}</summary>
      <dl>
        {filled.map((field) => (
          <div key={field} class="earlier-pass-note">
            <dt>{noteFieldInfo(field).label}</dt>
            <dd>{texts[field]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
