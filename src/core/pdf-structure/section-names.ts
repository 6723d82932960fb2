/** Section names papers print without numbering, which mark a line as a heading by themselves. */
import { foldText } from './fold-text';

const REFERENCE_NAMES = [
  'References',
  'Bibliography',
  'Literature Cited',
  'Works Cited',
  'References and Notes',
  'Notes and References',
  'References Cited',
  'Cited Literature',
  'Reference List',
  'List of References',
];

export const KNOWN_SECTION_NAMES = new Set(
  [
    'Abstract',
    'Introduction',
    'Related Work',
    'Related Works',
    'Background',
    'Preliminaries',
    'Conclusion',
    'Conclusions',
    'Concluding Remarks',
    'Conclusion and Future Work',
    'Conclusions and Future Work',
    'Discussion',
    'Summary',
    'Future Work',
    'Acknowledgments',
    'Acknowledgements',
    'Acknowledgment',
    'Acknowledgement',
    'Appendix',
    'Appendices',
    'Keywords',
    ...REFERENCE_NAMES,
  ].map(foldText),
);

/** Unnumbered front and back matter, which outlines and pages often disagree about. */
export const FRAME_SECTION_NAMES = new Set(
  [
    'Abstract',
    'Keywords',
    'References',
    'Bibliography',
    'Acknowledgments',
    'Acknowledgements',
    'Acknowledgment',
    'Acknowledgement',
  ].map(foldText),
);

export const REFERENCE_SECTION_NAMES = new Set(REFERENCE_NAMES.map(foldText));

export function isKnownSectionName(text: string): boolean {
  return KNOWN_SECTION_NAMES.has(foldText(text));
}
