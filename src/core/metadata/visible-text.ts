/**
 * Text of page elements as a reader sees it: script and style contents skipped, a line break
 * between blocks (so table cells and paragraphs do not run together), bounded, so a huge or
 * hostile element cannot make the extractor read megabytes.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);
export const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'UL',
  'OL',
  'TR',
  'TD',
  'TH',
  'TABLE',
  'CENTER',
  'BLOCKQUOTE',
  'SECTION',
  'DD',
  'DT',
  'DL',
  'HEADER',
  'FOOTER',
  'ARTICLE',
  'ADDRESS',
  'HR',
  'FORM',
  'NAV',
  'ASIDE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

/** Text of `root` up to roughly `max` characters, skipping script-like content. */
export function visibleText(root: Node, max: number): string {
  let out = '';
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += child.nodeValue ?? '';
        if (out.length >= max) return false;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) out += '\n';
        if (!walk(child)) return false;
        if (block) out += '\n';
      }
    }
    return true;
  };
  walk(root);
  return out.length > max ? out.slice(0, max) : out;
}

/** Text of the first element matching `selector` (or undefined), bounded. */
export function textOf(root: ParentNode, selector: string, max: number): string | undefined {
  const el = root.querySelector(selector);
  return el ? visibleText(el, max) : undefined;
}

/** Node after `node` in document order, not descending into it. */
export function nextInDocument(node: Node | null): Node | null {
  while (node && !node.nextSibling) node = node.parentNode;
  return node ? node.nextSibling : null;
}
