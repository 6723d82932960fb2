/** The notes of one pass, each field labelled with what it asks, and whether they are stored. */
import type { NoteField, Pass } from '../core/model';
import { noteFieldsFor } from '../core/reading/note-fields';
import { NoteField as NoteFieldInput } from '../ui/NoteField';
import { SaveIndicator } from '../ui/SaveIndicator';
import type { NotesHandle } from '../ui/use-notes';

interface Props {
  pass: Pass;
  notes: NotesHandle;
  onEdit: (field: NoteField, text: string) => void;
  /** Fields shown elsewhere in another form (the figure audit's rows), left out here. */
  hidden?: readonly NoteField[];
}

export function PassNotes({ pass, notes, onEdit, hidden = [] }: Props) {
  return (
    <section class="pass-notes" aria-labelledby={`notes-heading-${pass}`}>
      <div class="section-heading-row">
        <h3 id={`notes-heading-${pass}`} class="section-heading">
          Notes for pass {pass}
        </h3>
        <SaveIndicator status={notes.status} />
      </div>
      {notes.loadError && (
        <p class="error" role="alert">
          Your stored notes could not be read: {notes.loadError}
        </p>
      )}
      <p class="muted">Plain text; Markdown is fine.</p>
      {noteFieldsFor(pass)
        .filter((info) => !hidden.includes(info.field))
        .map((info) => (
          <NoteFieldInput
            key={info.field}
            id={`note-${info.field}`}
            label={info.label}
            prompt={info.prompt}
            value={notes.texts[info.field] ?? ''}
            readOnly={!notes.loaded}
            onInput={(text) => onEdit(info.field, text)}
          />
        ))}
    </section>
  );
}
