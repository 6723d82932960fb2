/**
 * A cited paper's title guessed from its reference entry, for a to-read entry's name: a quoted
 * title when there is one ("Title," in IEEE style), else the first sentence after the authors
 * that is not a year. A guess: the reader can rename the entry in the library.
 */

const QUOTED = /[“"]([^”"]{8,300}?)[,.]?[”"]/;

/** Sentence ends, but not after an initial ("A. Vaswani") or "vol.", "pp.". */
const SENTENCE_END = /(?<!\b(?:\p{Lu}|eds?|vol|no|pp))[.?!](?:\s+|$)/u;

const YEAR_ONLY = /^\(?\d{4}[a-z]?\)?$/;
const LABEL = /^\s*(?:\[[^\]]{1,12}\]|\d{1,4}\.)\s*/;

export function referenceTitle(reference: string): string {
  const text = reference.replace(/\s+/g, ' ').replace(LABEL, '').trim();
  const quoted = QUOTED.exec(text);
  if (quoted) return quoted[1]!.trim();
  // Springer style: "He, K., Zhang, X.: Title. Venue" - the authors end at ".:".
  const springer = /^[^:]{1,300}?\.:\s+(.+)$/.exec(text);
  const sentences = springer ? ['', ...splitSentences(springer[1]!)] : splitSentences(text);
  const title = sentences
    .slice(1)
    .find((sentence) => !YEAR_ONLY.test(sentence) && sentence.split(' ').length >= 2);
  return (title ?? text).slice(0, 300);
}

function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let rest = text;
  for (let m = SENTENCE_END.exec(rest); m; m = SENTENCE_END.exec(rest)) {
    const sentence = rest.slice(0, m.index + 1).trim();
    if (sentence) sentences.push(sentence.replace(/[.]$/, ''));
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest.trim()) sentences.push(rest.trim());
  return sentences;
}
