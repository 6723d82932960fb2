/** A failure as a sentence the reader can read: the error's own message, else its text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}
