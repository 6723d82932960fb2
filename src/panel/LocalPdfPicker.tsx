/** Reads a PDF from the reader's computer: for a local file the extension may not fetch. */
import { useState } from 'preact/hooks';
import { errorMessage } from '../ui/error-message';

interface Props {
  onPick: (data: ArrayBuffer) => void;
}

export function LocalPdfPicker({ onPick }: Props) {
  const [problem, setProblem] = useState<string>();
  const pick = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setProblem(undefined);
    file.arrayBuffer().then(onPick, (failure: unknown) => setProblem(errorMessage(failure)));
    // The same file may be picked again (after fixing it, say).
    input.value = '';
  };
  return (
    <div class="local-pdf">
      <label>
        Open a PDF from your computer…{' '}
        <input
          type="file"
          accept="application/pdf"
          onChange={(event) => pick(event.currentTarget)}
        />
      </label>
      {problem && (
        <p class="error" role="alert">
          The file could not be read: {problem}
        </p>
      )}
    </div>
  );
}
