/**
 * Landscape pages (a wide table turned sideways) and pages whose whole content is rotated carry
 * text that runs up, down or upside down. When most of a page's text turns one way, the page is
 * turned upright so that its lines read like any other page's; stray rotated text on an upright
 * page (arXiv's side stamp) stays rotated and is left out of the reading flow.
 */
import type { PdfPageText, PdfTextItem } from './pdf-structure';

type QuarterTurn = 0 | 1 | 2 | 3;

/** The quarter turn that brings an item's text upright: 1 for text running upwards. */
function turnOf(item: PdfTextItem): QuarterTurn | null {
  const [a = 1, b = 0] = item.transform;
  const scale = Math.hypot(a, b);
  if (scale === 0) return null;
  const [cos, sin] = [a / scale, b / scale];
  if (cos > 0.999) return 0;
  if (sin > 0.999) return 1;
  if (cos < -0.999) return 2;
  if (sin < -0.999) return 3;
  return null;
}

export function uprightPage(page: PdfPageText): PdfPageText {
  const chars = new Map<QuarterTurn | null, number>();
  for (const item of page.items) {
    const turn = turnOf(item);
    chars.set(turn, (chars.get(turn) ?? 0) + item.str.length);
  }
  const total = page.items.reduce((sum, item) => sum + item.str.length, 0);
  const turn = ([1, 2, 3] as const).find((t) => (chars.get(t) ?? 0) > total / 2);
  if (turn === undefined) return page;
  const { width, height } = page;
  const items = page.items.map((item) => {
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    // Rotate the whole text matrix so that (a, b) points right on the turned page.
    const transform =
      turn === 1
        ? [b, -a, d, -c, f, width - e]
        : turn === 3
          ? [-b, a, -d, c, height - f, e]
          : [-a, -b, -c, -d, width - e, height - f];
    return { ...item, transform };
  });
  return turn === 2 ? { ...page, items } : { ...page, width: height, height: width, items };
}
