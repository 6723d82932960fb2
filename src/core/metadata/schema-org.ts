/** What JSON-LD and microdata share: schema.org's type names and how a person's name is written. */

/** Types that are a scholarly work by themselves. */
export const SCHOLARLY_TYPES = new Set([
  'ScholarlyArticle',
  'MedicalScholarlyArticle',
  'Chapter',
  'Thesis',
  'TechArticle',
  'Preprint',
]);

/** Types of stories about things: a page of one of these is not the paper it reports on. */
export const STORY_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Blog',
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'PodcastEpisode',
]);

/** Type names of a node, without the schema.org prefix ("http://schema.org/ScholarlyArticle"). */
export function schemaTypes(raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : [raw];
  return values
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim().replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, ''));
}

/** "Given Family" from a name or its parts; undefined when there is none. */
export function personNameOf(
  name: string | undefined,
  given: string | undefined,
  family: string | undefined,
): string | undefined {
  if (name !== undefined && name.trim() !== '') return name;
  return `${given ?? ''} ${family ?? ''}`.trim() || undefined;
}

/** True for a string that is or links to a DOI ("10.x/y", "doi:10.x/y", "https://doi.org/10.x/y"). */
export function doiLike(s: string): boolean {
  return /(?:^|doi\.org\/|doi:)\s*10\.\d{4,9}\//i.test(s.trim());
}
