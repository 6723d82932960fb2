/** One labelled note: a prompt saying what to write, and a text area. */
interface Props {
  /** Unique in the page; ties the label and prompt to the text area. */
  id: string;
  label: string;
  prompt?: string;
  value: string;
  onInput: (text: string) => void;
  /** While the stored text is still being read. */
  readOnly?: boolean;
  rows?: number;
}

export function NoteField({
  id,
  label,
  prompt,
  value,
  onInput,
  readOnly = false,
  rows = 3,
}: Props) {
  const promptId = `${id}-prompt`;
  return (
    <div class="note-field">
      <label for={id}>{label}</label>
      {prompt && (
        <p id={promptId} class="note-prompt">
          {prompt}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        readOnly={readOnly}
        aria-describedby={prompt ? promptId : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
