/**
 * The sample paper as a PDF, laid out like a one-column preprint: title, authors, abstract,
 * numbered sections, figures (drawn boxes with captions), a table and a numbered reference list.
 * Text is real text (not outlines), so pdf.js reads headings and captions back.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { versionedId, type SamplePaper } from './paper';

const PAGE = { width: 612, height: 792, margin: 72 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BODY_SIZE = 10.5;
const FIGURE_HEIGHT = 150;
const INK = rgb(0.1, 0.1, 0.12);
const GREY = rgb(0.55, 0.55, 0.6);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

/** Splits text into lines that fit `width` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A top-to-bottom cursor over pages that starts a new page when the next block does not fit. */
class Layout {
  private page!: PDFPage;
  private y = 0;
  private pageCount = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
    private readonly runningHead: string,
  ) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pageCount += 1;
    this.y = PAGE.height - PAGE.margin;
    const footer = `${this.runningHead} \u2014 page ${this.pageCount}`;
    this.page.drawText(footer, {
      x: PAGE.margin,
      y: PAGE.margin / 2,
      size: 8,
      font: this.fonts.regular,
      color: GREY,
    });
  }

  private ensure(height: number): void {
    if (this.y - height < PAGE.margin) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  text(
    content: string,
    options: { font?: PDFFont; size?: number; center?: boolean; indent?: number } = {},
  ): void {
    const font = options.font ?? this.fonts.regular;
    const size = options.size ?? BODY_SIZE;
    const indent = options.indent ?? 0;
    const leading = size * 1.35;
    for (const line of wrap(content, font, size, TEXT_WIDTH - indent)) {
      this.ensure(leading);
      this.y -= leading;
      const width = font.widthOfTextAtSize(line, size);
      const x = options.center ? (PAGE.width - width) / 2 : PAGE.margin + indent;
      this.page.drawText(line, { x, y: this.y, size, font, color: INK });
    }
  }

  heading(content: string, size = 13): void {
    this.ensure(size * 4); // keep a heading with the first lines after it
    this.gap(size * 0.8);
    this.text(content, { font: this.fonts.bold, size });
    this.gap(size * 0.3);
  }

  /** A drawn figure: a framed box with a few bars inside, then its caption. */
  figure(caption: string, seed: number): void {
    this.ensure(FIGURE_HEIGHT + 40);
    this.gap(10);
    const boxWidth = TEXT_WIDTH * 0.8;
    const x = PAGE.margin + (TEXT_WIDTH - boxWidth) / 2;
    const bottom = this.y - FIGURE_HEIGHT;
    this.page.drawRectangle({
      x,
      y: bottom,
      width: boxWidth,
      height: FIGURE_HEIGHT,
      borderColor: INK,
      borderWidth: 1,
      color: rgb(0.97, 0.97, 0.95),
    });
    const bars = 6;
    for (let i = 0; i < bars; i++) {
      const height = 20 + ((seed * 37 + i * 53) % 100);
      this.page.drawRectangle({
        x: x + 20 + i * ((boxWidth - 40) / bars),
        y: bottom + 10,
        width: (boxWidth - 40) / bars - 8,
        height,
        color: rgb(0.16 + 0.1 * (i % 3), 0.43, 0.59),
      });
    }
    this.y = bottom;
    this.gap(4);
    this.text(caption, { font: this.fonts.italic, size: 9.5, center: true });
    this.gap(8);
  }

  /** A table: caption above (as papers set them), then ruled rows. */
  table(caption: string, rows: string[][]): void {
    const rowHeight = 16;
    this.ensure(rowHeight * (rows.length + 2) + 20);
    this.gap(8);
    this.text(caption, { font: this.fonts.italic, size: 9.5, center: true });
    this.gap(6);
    const columns = rows[0]?.length ?? 1;
    const columnWidth = (TEXT_WIDTH * 0.7) / columns;
    const left = PAGE.margin + TEXT_WIDTH * 0.15;
    const rule = (y: number) =>
      this.page.drawLine({
        start: { x: left, y },
        end: { x: left + columnWidth * columns, y },
        thickness: 0.8,
        color: INK,
      });
    rule(this.y);
    rows.forEach((row, r) => {
      this.y -= rowHeight;
      row.forEach((cell, c) =>
        this.page.drawText(cell, {
          x: left + c * columnWidth + 6,
          y: this.y + 4,
          size: 9.5,
          font: r === 0 ? this.fonts.bold : this.fonts.regular,
          color: INK,
        }),
      );
      if (r === 0) rule(this.y);
    });
    rule(this.y);
    this.gap(10);
  }
}

export async function samplePaperPdf(paper: SamplePaper): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(paper.title);
  doc.setAuthor(paper.authors.join(', '));
  doc.setSubject(`arXiv:${versionedId(paper)}`);
  doc.setCreator('Three-Pass Reader sample generator');
  doc.setProducer('pdf-lib');
  // Fixed dates keep the bytes the same from run to run.
  const created = paper.submissions[0]?.date ?? new Date(0);
  doc.setCreationDate(created);
  doc.setModificationDate(paper.submissions.at(-1)?.date ?? created);

  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.TimesRoman),
    bold: await doc.embedFont(StandardFonts.TimesRomanBold),
    italic: await doc.embedFont(StandardFonts.TimesRomanItalic),
  };
  const layout = new Layout(doc, fonts, `arXiv:${versionedId(paper)}`);

  layout.text(paper.title, { font: fonts.bold, size: 18, center: true });
  layout.gap(10);
  layout.text(paper.authors.join(', '), { size: 12, center: true });
  for (const affiliation of paper.affiliations) {
    layout.text(affiliation, { font: fonts.italic, size: 10, center: true });
  }
  layout.gap(14);
  layout.text('Abstract', { font: fonts.bold, size: 11, center: true });
  layout.gap(4);
  layout.text(paper.abstract, { indent: 24, size: 10 });

  let figureNumber = 0;
  for (const section of paper.sections) {
    layout.heading(section.heading, /^\d+\.\d+/.test(section.heading) ? 11.5 : 13);
    for (const paragraph of section.paragraphs) {
      layout.text(paragraph);
      layout.gap(4);
    }
    if (section.figure) layout.figure(section.figure.caption, ++figureNumber);
    if (section.table) layout.table(section.table.caption, section.table.rows);
  }

  layout.heading('References');
  paper.references.forEach((reference, i) => {
    layout.text(`[${i + 1}] ${reference}`, { size: 9.5 });
    layout.gap(3);
  });

  return doc.save();
}
