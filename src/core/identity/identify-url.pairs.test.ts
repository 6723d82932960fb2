/**
 * The landing-page/PDF address pairs of a peer reference manager's test list (PaperMemory's
 * test/data/urls.json: one paper per venue), plus RSC, which issue 14 names with them: each
 * venue's two addresses must reach one paper by the address alone.
 */
import { describe, expect, it } from 'vitest';
import { identifyPdfUrl, identifyUrl } from './identify-url';

const PAIRS: [venue: string, landing: string, pdf: string][] = [
  [
    'ACL',
    'https://aclanthology.org/2020.acl-main.405',
    'https://aclanthology.org/2020.acl-main.405.pdf',
  ],
  [
    'ACM',
    'https://dl.acm.org/doi/10.5555/3491440.3491756',
    'https://dl.acm.org/doi/pdf/10.5555/3491440.3491756',
  ],
  [
    'ACS',
    'https://pubs.acs.org/doi/10.1021/acs.jpca.9b00311',
    'https://pubs.acs.org/doi/pdf/10.1021/acs.jpca.9b00311',
  ],
  [
    'APS',
    'https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.128.171101',
    'https://journals.aps.org/prl/pdf/10.1103/PhysRevLett.128.171101',
  ],
  ['arXiv', 'https://arxiv.org/abs/1703.10593', 'https://arxiv.org/pdf/1703.10593.pdf'],
  [
    'bioRxiv',
    'https://www.biorxiv.org/content/10.1101/2021.11.08.467690v2',
    'https://www.biorxiv.org/content/10.1101/2021.11.08.467690v2.full.pdf',
  ],
  [
    'CVF',
    'https://openaccess.thecvf.com/content_CVPR_2020/html/Bhattacharjee_DUNIT_Detection-Based_Unsupervised_Image-to-Image_Translation_CVPR_2020_paper.html',
    'https://openaccess.thecvf.com/content_CVPR_2020/papers/Bhattacharjee_DUNIT_Detection-Based_Unsupervised_Image-to-Image_Translation_CVPR_2020_paper.pdf',
  ],
  [
    'Frontiers',
    'https://www.frontiersin.org/articles/10.3389/fpace.2022.892330/full',
    'https://www.frontiersin.org/articles/10.3389/fpace.2022.892330/pdf',
  ],
  [
    'IJCAI',
    'https://www.ijcai.org/proceedings/2020/1',
    'https://www.ijcai.org/proceedings/2020/0001.pdf',
  ],
  [
    'IEEE Xplore',
    'https://ieeexplore.ieee.org/document/9090146',
    'https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9090146',
  ],
  [
    'IOP Science',
    'https://iopscience.iop.org/article/10.1149/2.1051908jes',
    'https://iopscience.iop.org/article/10.1149/2.1051908jes/pdf',
  ],
  [
    'JMLR',
    'https://www.jmlr.org/papers/v13/bergstra12a.html',
    'https://www.jmlr.org/papers/volume13/bergstra12a/bergstra12a.pdf',
  ],
  [
    'Nature',
    'https://www.nature.com/articles/s41467-018-07210-0',
    'https://www.nature.com/articles/s41467-018-07210-0.pdf',
  ],
  [
    'NeurIPS',
    'https://proceedings.neurips.cc/paper/2019/hash/0118a063b4aae95277f0bc1752c75abf-Abstract.html',
    'https://proceedings.neurips.cc/paper/2019/file/0118a063b4aae95277f0bc1752c75abf-Paper.pdf',
  ],
  [
    'OpenReview',
    'https://openreview.net/forum?id=xQUe1pOKPam',
    'https://openreview.net/pdf?id=xQUe1pOKPam',
  ],
  [
    'PubMed Central',
    'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7249434',
    'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7249434/pdf/12961_2020_Article_544.pdf',
  ],
  [
    'PMLR',
    'https://proceedings.mlr.press/v130/husain21a.html',
    'https://proceedings.mlr.press/v130/husain21a/husain21a.pdf',
  ],
  [
    'Wiley',
    'https://onlinelibrary.wiley.com/doi/abs/10.1002/acr2.11440',
    'https://onlinelibrary.wiley.com/doi/pdf/10.1002/acr2.11440',
  ],
  [
    'PNAS',
    'https://www.pnas.org/doi/full/10.1073/pnas.2114679118',
    'https://www.pnas.org/doi/pdf/10.1073/pnas.2114679118',
  ],
  [
    'Science',
    'https://science.org/doi/full/10.1126/scirobotics.abm6597',
    'https://science.org/doi/epdf/10.1126/scirobotics.abm6597',
  ],
  [
    'ScienceDirect',
    'https://www.sciencedirect.com/science/article/pii/S2589721721000349',
    'https://reader.elsevier.com/reader/sd/pii/S2589721721000349',
  ],
  [
    'Springer',
    'https://link.springer.com/article/10.1007/s41095-022-0271-y',
    'https://link.springer.com/content/pdf/10.1007/s41095-022-0271-y.pdf',
  ],
  [
    'RSC',
    'https://pubs.rsc.org/en/content/articlelanding/2021/sc/d0sc04116e',
    'https://pubs.rsc.org/en/content/articlepdf/2021/sc/d0sc04116e',
  ],
];

/** The list's INSPIRE pair: the PDF is named by a hash, so only its metadata can link it. */
const INSPIRE_LANDING = 'https://inspirehep.net/literature/2095720';
const INSPIRE_FILE = 'https://inspirehep.net/files/d49a276d7d2370cce978dd900d94ab84';

describe('a venue PDF reaches the same paper as its landing page', () => {
  it.each(PAIRS)('%s', (_venue, landing, pdf) => {
    const page = identifyUrl(landing);
    expect(page).not.toBeNull();
    expect(identifyPdfUrl(pdf).key).toBe(page!.key);
    expect(identifyPdfUrl(pdf).kind).not.toBe('url');
  });

  it('INSPIRE: the record is a paper; its hash-named file waits for its metadata', () => {
    expect(identifyUrl(INSPIRE_LANDING)?.key).toBe('venue:inspire/2095720');
    expect(identifyUrl(INSPIRE_FILE)).toBeNull();
  });
});
