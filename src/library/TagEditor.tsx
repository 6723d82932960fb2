/** A paper's tags: remove one with its button, add one by typing it and pressing Enter. */
import { useState } from 'preact/hooks';

interface Props {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

/** Tags are short labels; longer text belongs in a note. */
const MAX_TAG = 60;

export function TagEditor({ tags, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG);
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setDraft('');
  };
  return (
    <div class="tag-editor">
      <ul class="tag-list" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} class="tag">
            {tag}{' '}
            <button
              type="button"
              class="link-button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label>
        <span class="visually-hidden">New tag</span>
        <input
          type="text"
          placeholder="Add a tag"
          value={draft}
          maxLength={MAX_TAG}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
      </label>
      <button type="button" onClick={add} disabled={!draft.trim()}>
        Add tag
      </button>
    </div>
  );
}
