/** Why a PDF could not be analysed, in words the panel can show as they are. */
export type PdfAnalysisErrorKind =
  'not-pdf' | 'corrupt' | 'encrypted' | 'fetch-failed' | 'cancelled';

const MESSAGES: Record<PdfAnalysisErrorKind, string> = {
  'not-pdf': 'This file is not a PDF (it may be a web page served in its place).',
  corrupt: 'This PDF is damaged or incomplete and could not be read.',
  encrypted: 'This PDF is protected by a password, so its text cannot be read.',
  'fetch-failed': 'The PDF could not be downloaded.',
  cancelled: 'The analysis was cancelled.',
};

export class PdfAnalysisError extends Error {
  override readonly name = 'PdfAnalysisError';
  constructor(
    readonly kind: PdfAnalysisErrorKind,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[kind]} (${detail})` : MESSAGES[kind]);
  }
}
