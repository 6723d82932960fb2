/** What each note field is called where the reader sees it: in exports and on the library page. */
import type { NoteField } from '../model';

export const NOTE_FIELD_LABELS: Record<NoteField, string> = {
  category: 'Category',
  context: 'Context',
  correctness: 'Correctness',
  contributions: 'Contributions',
  clarity: 'Clarity',
  decision: 'Decision',
  free1: 'Other notes',
  keyPoints: 'Key points',
  figureAudit: 'Figures and graphs',
  termsAndQuestions: 'Unfamiliar terms and questions',
  unreadReferences: 'References to read',
  free2: 'Other notes',
  assumptions: 'Assumptions',
  reimplementation: 'Re-implementation',
  missingCitations: 'Missing citations',
  strengthsWeaknesses: 'Strengths and weaknesses',
  futureWork: 'Ideas for future work',
  free3: 'Other notes',
};
