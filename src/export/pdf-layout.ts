/**
 * Laying out jsPDF pages top to bottom: a cursor that places blocks (measured before they are
 * drawn, never split), stacks them, wraps and writes text, and starts a new page when the next
 * block does not fit. Text goes through `toPdfText` (standard fonts only), which remembers
 * whether any character had to be replaced. The jsPDF instance is passed in, so this module adds
 * nothing to what loads at start-up.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import { toPdfText } from './pdf-text.ts';

/** A colour as jsPDF takes it: red, green, blue, 0–255. */
export type Rgb = readonly [number, number, number];

/** `#rrggbb` as `Rgb`. */
export function rgbOf(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** The app's colours for ink and lines (src/components/shared.styles.ts). */
export const PALETTE = {
  ink: rgbOf('#1c2329'),
  soft: rgbOf('#4a5560'),
  brand: rgbOf('#1f3a4d'),
  line: rgbOf('#d9d4cc'),
  sunk: rgbOf('#f3f1ed'),
} as const;

/** Page margin, in points. */
export const MARGIN = 48;
/** Room kept for the footer at the bottom of each page. */
export const FOOTER = 30;
/** Space between blocks and between the two photos of a row. */
export const GAP = 14;
/** Body text size, in points. */
export const BODY = 10;

/** The height of a line of text of `size` points. */
export function lineHeight(size: number): number {
  return size * 1.3;
}

/** Something drawn as one piece: its height is known before it is placed. */
export interface Block {
  readonly height: number;
  draw(top: number): void | Promise<void>;
}

/** How a piece of text looks and where it sits (`x` from the page's left, `width` to wrap at). */
export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
  readonly x?: number;
  readonly width?: number;
}

/** A cursor down the pages of `doc`. */
export class PdfLayout {
  /** Where the next block goes, from the page's top. */
  y = MARGIN;
  /** Whether some character could not be drawn and was written as "?". */
  replaced = false;
  readonly pageWidth: number;
  readonly pageHeight: number;

  constructor(readonly doc: JsPdf) {
    this.pageWidth = doc.internal.pageSize.getWidth();
    this.pageHeight = doc.internal.pageSize.getHeight();
  }

  /** The width between the margins. */
  get contentWidth(): number {
    return this.pageWidth - 2 * MARGIN;
  }

  /** The lowest a block may reach on a page (the footer is below). */
  get bottom(): number {
    return this.pageHeight - MARGIN - FOOTER;
  }

  /** Draws `block` at the cursor and moves below it. */
  async place(block: Block): Promise<void> {
    await block.draw(this.y);
    this.y += block.height;
  }

  /** Blocks one under the other, as one block, with `after` points below. */
  stack(parts: readonly Block[], after: number): Block {
    return {
      height: parts.reduce((sum, b) => sum + b.height, 0) + after,
      draw: async (top) => {
        let y = top;
        for (const part of parts) {
          await part.draw(y);
          y += part.height;
        }
      },
    };
  }

  /** Wrapped text as a block. */
  textBlock(text: string, style: TextStyle): Block {
    const lines = this.measure(text, style);
    return { height: lines.length * lineHeight(style.size ?? BODY), draw: (top) => this.write(lines, style, top) };
  }

  /** Wrapped text at the cursor, breaking pages between lines (the header). */
  paragraph(text: string, style: TextStyle): void {
    const height = lineHeight(style.size ?? BODY);
    for (const line of this.measure(text, style)) {
      this.ensure(height);
      this.write([line], style, this.y);
      this.y += height;
    }
  }

  /** `text` as the lines it wraps into in `style` (its own line breaks kept). */
  measure(text: string, style: TextStyle): string[] {
    this.font(style);
    const width = style.width ?? this.contentWidth - ((style.x ?? MARGIN) - MARGIN);
    return this.clean(text)
      .split('\n')
      .flatMap((part) => this.doc.splitTextToSize(part, width) as string[]);
  }

  /** Lines already measured, from `top` down. */
  write(lines: readonly string[], style: TextStyle, top: number): void {
    if (lines.length === 0) return;
    this.font(style);
    const height = lineHeight(style.size ?? BODY);
    lines.forEach((line, i) => this.doc.text(line, style.x ?? MARGIN, top + i * height, { baseline: 'top' }));
  }

  /** A horizontal line across the content width. */
  rule(y: number, width: number): void {
    this.doc.setDrawColor(...PALETTE.line);
    this.doc.setLineWidth(width);
    this.doc.line(MARGIN, y, this.pageWidth - MARGIN, y);
  }

  /** Sets the font, size and colour of `style`. */
  font({ size = BODY, bold = false, color = PALETTE.ink }: TextStyle): void {
    this.doc.setFont('helvetica', bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }

  /** `text` as the standard fonts can draw it. */
  clean(text: string): string {
    const result = toPdfText(text);
    this.replaced ||= result.replaced;
    return result.text;
  }

  /** Whether `height` fits below the cursor on this page. */
  fits(height: number): boolean {
    return this.y + height <= this.bottom;
  }

  /** A new page unless `height` fits (or the page is still empty, where it fits as well as it can). */
  ensure(height: number): void {
    if (!this.fits(height) && this.y > MARGIN) this.newPage();
  }

  /** Starts a page and puts the cursor at its top. */
  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN;
  }
}
