/**
 * bioRxiv and medRxiv preprints share the DOI prefix 10.1101 with Cold Spring Harbor's journals;
 * only these suffixes are preprints: "2020.03.22.002386" (from December 2019; medRxiv's have eight digits) or a six-digit
 * number (before).
 */
const PREPRINT_SUFFIX = /^(?:\d{4}\.\d\d\.\d\d\.\d{6,8}|\d{6})$/;

/** The preprint DOI ("10.1101/2020.03.22.002386") if `doi` (normalised) names one, else null. */
export function biorxivDoi(doi: string): string | null {
  if (!doi.startsWith('10.1101/')) return null;
  return PREPRINT_SUFFIX.test(doi.slice(8)) ? doi : null;
}
