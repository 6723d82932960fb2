/**
 * A made-up paper, written for this project: the one source of the sample abstract page and the
 * sample PDF. Its arXiv-style id is chosen beyond any month's real submission count.
 */
export interface SampleSection {
  /** Printed heading, numbered as papers number them ("3.1 Budgets"). */
  heading: string;
  paragraphs: string[];
  figure?: { caption: string };
  table?: { caption: string; rows: string[][] };
}

export interface SamplePaper {
  arxivId: string;
  version: number;
  title: string;
  authors: string[];
  affiliations: string[];
  abstract: string;
  subjects: string[];
  comments: string;
  submissions: { version: number; date: Date; sizeKb: number }[];
  sections: SampleSection[];
  references: string[];
}

export const samplePaper: SamplePaper = {
  arxivId: '2401.99999',
  version: 2,
  title: 'Budgeted Attention: A Field Study of Three-Pass Reading in Graduate Seminars',
  authors: ['Ada Quillfeather', 'Bertrand Okonjo-Lind', 'Chiara Valdés Moreau'],
  affiliations: ['Department of Reading Science, Example University'],
  abstract:
    'Researchers read more papers than ever, yet most reading is unplanned: a paper is opened, ' +
    'skimmed without purpose and abandoned or read in full at great cost. We study a budgeted ' +
    'variant of the three-pass method in which each pass has an explicit time budget and a short ' +
    'checklist drawn from the paper itself. Across 214 reading sessions by 31 graduate students, ' +
    'budgeted first passes took a median of 7.5 minutes and correctly predicted which papers ' +
    'deserved a second pass in 83% of cases. We report where the budgets were exceeded, which ' +
    'checklist items readers skipped, and what the notes they kept reveal about comprehension.',
  subjects: [
    'Digital Libraries (cs.DL)',
    'Human-Computer Interaction (cs.HC)',
    'Information Retrieval (cs.IR)',
  ],
  comments: '9 pages, 3 figures, 1 table. Sample material generated for Three-Pass Reader.',
  submissions: [
    { version: 1, date: new Date(Date.UTC(2024, 0, 15, 17, 2, 11)), sizeKb: 412 },
    { version: 2, date: new Date(Date.UTC(2024, 2, 4, 9, 40, 53)), sizeKb: 437 },
  ],
  sections: [
    {
      heading: '1 Introduction',
      paragraphs: [
        'Reading a research paper is a skill that is rarely taught. Students are handed a ' +
          'reading list and left to discover, paper by paper, that reading every word from ' +
          'the first line to the last is slow and often unnecessary.',
        'The three-pass method proposes a different order: a quick first pass for the ' +
          'big picture, a second pass for the content, and a third pass that re-creates the ' +
          'work. We ask whether explicit budgets make the method easier to follow.',
      ],
    },
    {
      heading: '2 Related Work',
      paragraphs: [
        'Studies of scholarly reading describe skimming, scanning and close reading as ' +
          'distinct behaviours [1, 2]. Tools that structure reading have mostly targeted ' +
          'annotation [3] rather than the order and duration of reading.',
      ],
    },
    {
      heading: '3 Method',
      paragraphs: [
        'Each participant read six papers from their own field. For each paper a checklist ' +
          'was generated from its headings, figures and references, and a timer tracked the ' +
          'time spent in each pass against its budget.',
      ],
      figure: {
        caption: 'Figure 1: The reading session: three passes, each with a budget and a checklist.',
      },
    },
    {
      heading: '3.1 Budgets',
      paragraphs: [
        'The first pass had a budget of five to ten minutes, the second about one hour and ' +
          'the third several hours. Budgets were shown but never enforced.',
      ],
    },
    {
      heading: '4 Evaluation',
      paragraphs: [
        'We measured time per pass, checklist completion and the accuracy of the decision ' +
          'taken after the first pass, judged against the reader\u2019s own later assessment.',
      ],
      figure: {
        caption: 'Figure 2: Time spent in the first pass, per participant, against the budget.',
      },
      table: {
        caption: 'Table 1: Median minutes per pass and share of sessions within budget.',
        rows: [
          ['Pass', 'Median (min)', 'Within budget'],
          ['First', '7.5', '78%'],
          ['Second', '52', '64%'],
          ['Third', '170', '41%'],
        ],
      },
    },
    {
      heading: '5 Discussion',
      paragraphs: [
        'Budgets helped most in the first pass, where readers otherwise drifted into the ' +
          'details. Third passes overran most often, usually because a proof or an experiment ' +
          'was re-created in full.',
      ],
      figure: {
        caption: 'Figure 3: Checklist items skipped most often, by pass.',
      },
    },
    {
      heading: '6 Conclusion',
      paragraphs: [
        'Explicit budgets and checklists drawn from the paper make the three-pass method ' +
          'concrete. Future work should follow readers over a whole semester.',
      ],
    },
  ],
  references: [
    'M. Farrow and L. Ibarra. Skimming, scanning and the economics of attention. Journal of Reading Studies, 12(3):45-61, 2019.',
    'T. Nakamura. How scientists read: a diary study. In Proc. Conference on Scholarly Practice, pages 101-110, 2021.',
    'R. Delacroix, P. Anand and K. Sorensen. Margins that think: annotation tools for researchers. ACM Transactions on Reading, 4(1):1-24, 2022.',
    'S. Okafor. Time budgets in self-directed study. Learning Sciences Letters, 8:200-214, 2020.',
  ],
};

/** The id with its version, as arXiv prints it ("2401.99999v2"). */
export const versionedId = (paper: SamplePaper): string => `${paper.arxivId}v${paper.version}`;
