import { describe } from 'vitest';
import { checkUrlRows, type UrlRow } from './url-rows.fixture';

const CVF_2020 =
  'venue:cvf/Bhattacharjee_DUNIT_Detection-Based_Unsupervised_Image-to-Image_Translation_CVPR_2020_paper';
const CVF_2021 = 'venue:cvf/Chen_Exploring_Simple_Siamese_Representation_Learning_CVPR_2021_paper';
const IEEE = 'venue:ieee/9090146';
const JMLR = 'venue:jmlr/v13/bergstra12a';
const PMLR = 'venue:pmlr/v130/husain21a';
const NEURIPS = 'venue:neurips/2019/0118a063b4aae95277f0bc1752c75abf';

const rows: UrlRow[] = [
  // CVF open access: html/ and papers/ in every folder layout, and the older cv-foundation host
  [
    'https://openaccess.thecvf.com/content_CVPR_2020/html/Bhattacharjee_DUNIT_Detection-Based_Unsupervised_Image-to-Image_Translation_CVPR_2020_paper.html',
    CVF_2020,
    undefined,
    'abstract',
  ],
  [
    'https://openaccess.thecvf.com/content_CVPR_2020/papers/Bhattacharjee_DUNIT_Detection-Based_Unsupervised_Image-to-Image_Translation_CVPR_2020_paper.pdf',
    CVF_2020,
    undefined,
    'pdf',
  ],
  [
    'https://openaccess.thecvf.com/content/CVPR2021/html/Chen_Exploring_Simple_Siamese_Representation_Learning_CVPR_2021_paper.html',
    CVF_2021,
    undefined,
    'abstract',
  ],
  [
    'https://openaccess.thecvf.com/content/CVPR2021/papers/Chen_Exploring_Simple_Siamese_Representation_Learning_CVPR_2021_paper.pdf',
    CVF_2021,
    undefined,
    'pdf',
  ],
  [
    'https://openaccess.thecvf.com/content/CVPR2021W/LLID/papers/Kim_Learning_CVPRW_2021_paper.pdf',
    'venue:cvf/Kim_Learning_CVPRW_2021_paper',
    undefined,
    'pdf',
  ],
  [
    'https://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Girshick_Deformable_Part_Models_2015_CVPR_paper.pdf',
    'venue:cvf/Girshick_Deformable_Part_Models_2015_CVPR_paper',
    undefined,
    'pdf',
  ],
  // IJCAI: the landing page's number unpadded, the PDF's padded
  ['https://www.ijcai.org/proceedings/2020/1', 'venue:ijcai/2020/1', undefined, 'abstract'],
  ['https://www.ijcai.org/proceedings/2020/0001.pdf', 'venue:ijcai/2020/1', undefined, 'pdf'],
  ['https://www.ijcai.org/proceedings/2019/0123', 'venue:ijcai/2019/123', undefined, 'abstract'],
  // IEEE Xplore: the document and its tabs, the PDF frames, the PDF files, the old pages
  ['https://ieeexplore.ieee.org/document/9090146', IEEE, undefined, 'abstract'],
  ['https://ieeexplore.ieee.org/document/9090146/', IEEE, undefined, 'abstract'],
  ['https://ieeexplore.ieee.org/abstract/document/9090146', IEEE, undefined, 'abstract'],
  ['https://ieeexplore.ieee.org/document/9090146/references#references', IEEE, undefined, 'other'],
  ['https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9090146', IEEE, undefined, 'pdf'],
  ['https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9090146&tag=1', IEEE, undefined, 'pdf'],
  ['https://ieeexplore.ieee.org/stampPDF/getPDF.jsp?tp=&arnumber=9090146', IEEE, undefined, 'pdf'],
  [
    'https://ieeexplore.ieee.org/ielx7/6287639/8948470/09090146.pdf?tp=&arnumber=9090146&isnumber=8948470',
    IEEE,
    undefined,
    'pdf',
  ],
  ['https://ieeexplore.ieee.org/iel7/6287639/8948470/09090146.pdf', IEEE, undefined, 'pdf'],
  [
    'http://ieeexplore.ieee.org/xpl/articleDetails.jsp?arnumber=9090146',
    IEEE,
    undefined,
    'abstract',
  ],
  ['https://ieeexplore.ieee.org/xpls/abs_all.jsp?arnumber=9090146', IEEE, undefined, 'abstract'],
  // JMLR: v<N>/<name>.html, v<N>/<name>.pdf, volume<N>/<name>/<name>.pdf
  ['https://www.jmlr.org/papers/v13/bergstra12a.html', JMLR, undefined, 'abstract'],
  ['https://www.jmlr.org/papers/volume13/bergstra12a/bergstra12a.pdf', JMLR, undefined, 'pdf'],
  ['https://jmlr.org/papers/v13/bergstra12a.pdf', JMLR, undefined, 'pdf'],
  ['https://jmlr.csail.mit.edu/papers/v13/bergstra12a.html', JMLR, undefined, 'abstract'],
  ['https://jmlr.org/papers/v21/20-074.html', 'venue:jmlr/v21/20-074', undefined, 'abstract'],
  // PMLR, and its old home on jmlr.org
  ['https://proceedings.mlr.press/v130/husain21a.html', PMLR, undefined, 'abstract'],
  ['https://proceedings.mlr.press/v130/husain21a/husain21a.pdf', PMLR, undefined, 'pdf'],
  ['http://proceedings.mlr.press/v37/ioffe15.pdf', 'venue:pmlr/v37/ioffe15', undefined, 'pdf'],
  [
    'http://jmlr.org/proceedings/papers/v37/ioffe15.html',
    'venue:pmlr/v37/ioffe15',
    undefined,
    'abstract',
  ],
  // NeurIPS: hash/...-Abstract.html and file/...-Paper.pdf, old and new folders and hosts
  [
    'https://proceedings.neurips.cc/paper/2019/hash/0118a063b4aae95277f0bc1752c75abf-Abstract.html',
    NEURIPS,
    undefined,
    'abstract',
  ],
  [
    'https://proceedings.neurips.cc/paper/2019/file/0118a063b4aae95277f0bc1752c75abf-Paper.pdf',
    NEURIPS,
    undefined,
    'pdf',
  ],
  [
    'https://proceedings.neurips.cc/paper_files/paper/2019/hash/0118a063b4aae95277f0bc1752c75abf-Abstract.html',
    NEURIPS,
    undefined,
    'abstract',
  ],
  [
    'https://papers.nips.cc/paper/2019/file/0118a063b4aae95277f0bc1752c75abf-Paper.pdf',
    NEURIPS,
    undefined,
    'pdf',
  ],
  [
    'https://proceedings.neurips.cc/paper_files/paper/2023/hash/1b44b878bb782e6954cd888628510e90-Abstract-Conference.html',
    'venue:neurips/2023/1b44b878bb782e6954cd888628510e90',
    undefined,
    'abstract',
  ],
  [
    'https://proceedings.neurips.cc/paper_files/paper/2023/file/1b44b878bb782e6954cd888628510e90-Paper-Conference.pdf',
    'venue:neurips/2023/1b44b878bb782e6954cd888628510e90',
    undefined,
    'pdf',
  ],
  // Not one paper: listings, supplements, searches
  ['https://openaccess.thecvf.com/CVPR2021', null],
  [`https://openaccess.thecvf.com/content/X/papers/${'a_'.repeat(400)}paper.pdf`, null],
  [`https://proceedings.mlr.press/v1/${'a-'.repeat(400)}.html`, null],
  ['https://openaccess.thecvf.com/CVPR2021?day=all', null],
  [
    'https://openaccess.thecvf.com/content/CVPR2021/supplemental/Chen_Exploring_Simple_Siamese_Representation_Learning_CVPR_2021_supplemental.pdf',
    null,
  ],
  [
    'https://openaccess.thecvf.com/content/CVPR2021/html/Chen_Exploring_Simple_Siamese_Representation_Learning_CVPR_2021_paper.pdf',
    null,
  ],
  ['https://www.ijcai.org/proceedings/2020/', null],
  ['https://www.ijcai.org/proceedings/2020/0000.pdf', null],
  ['https://ieeexplore.ieee.org/xpl/conhome/1000147/all-proceedings', null],
  ['https://ieeexplore.ieee.org/search/searchresult.jsp?queryText=resnet', null],
  ['https://ieeexplore.ieee.org/document/', null],
  ['https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=', null],
  ['https://www.jmlr.org/papers/v13/', null],
  ['https://www.jmlr.org/papers/', null],
  ['https://www.jmlr.org/papers/volume13/bergstra12a/bergstra12a-appendix.pdf', null],
  ['https://proceedings.mlr.press/v130/', null],
  ['https://proceedings.mlr.press/v130/husain21a/husain21a-supp.pdf', null],
  ['https://proceedings.neurips.cc/paper/2019', null],
  [
    'https://proceedings.neurips.cc/paper/2019/file/0118a063b4aae95277f0bc1752c75abf-Supplemental.pdf',
    null,
  ],
  [
    'https://proceedings.neurips.cc/paper/2019/file/0118a063b4aae95277f0bc1752c75abf-Abstract.html',
    null,
  ],
];

describe('proceedings addresses', () => {
  checkUrlRows(rows);
});
