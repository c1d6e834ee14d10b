/**
 * Lays a report out on jsPDF pages, top to bottom: the header, then each day as a heading and
 * blocks (check-in, aftercare ticks, rows of two photos). A block is measured before it is drawn
 * and never split; a day's heading stays with its first blocks, and a day that runs onto a new
 * page repeats its heading, "continued". Text goes through `toPdfText` (standard fonts only).
 * The jsPDF instance is passed in, so this module adds nothing to what loads at start-up.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import { SCALP_AREAS, type CheckInRecord, type PhotoRecord } from '../journal/records.ts';
import { celsiusToFahrenheit } from '../vocabulary/index.ts';
import { describeDate, type FlagLevel, type IsoDate } from '../rules/index.ts';
import { toPdfText } from './pdf-text.ts';
import type { ReportData, ReportDay } from './report-data.ts';
import type { ReportOptions } from './report-options.ts';
import type { ReportPhoto } from './report-photos.ts';

type Rgb = readonly [number, number, number];
const INK: Rgb = [28, 35, 41];
const SOFT: Rgb = [74, 85, 96];
const BRAND: Rgb = [31, 58, 77];
const LINE: Rgb = [217, 212, 204];
const SUNK: Rgb = [243, 241, 237];
/** Flag levels in the app's words, with their colours; the word is always printed beside the colour. */
const FLAGS: Record<FlagLevel, { word: string; color: Rgb }> = {
  urgent: { word: 'Urgent', color: [163, 18, 10] },
  watch: { word: 'Keep an eye on it', color: [122, 74, 0] },
  info: { word: 'Good to know', color: [36, 90, 134] },
};
const REDNESS = { none: 'none', 'at-site': 'at the treated area', spreading: 'spreading beyond it' };
const PAIN = { none: 'none', mild: 'mild', increasing: 'increasing', severe: 'severe' };

const MARGIN = 48;
const FOOTER = 30;
const GAP = 14;
const PHOTO_MAX_HEIGHT = 216;
const LINE_HEIGHT = 1.3;
const BODY = 10;
const CAPTION = 9;

/** Something drawn as one piece: its height is known before it is placed. */
interface Block {
  readonly height: number;
  draw(top: number): void | Promise<void>;
}

interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
  readonly x?: number;
  readonly width?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const yesNo = (value: boolean | undefined) => (value ? 'yes' : 'no');
const lineHeight = (size: number) => size * LINE_HEIGHT;

/** Writes one report into `doc`. */
export class ReportWriter {
  private y = MARGIN;
  private replaced = false;
  private readonly pageWidth: number;
  private readonly pageHeight: number;

  constructor(
    private readonly doc: JsPdf,
    private readonly options: ReportOptions,
  ) {
    this.pageWidth = doc.internal.pageSize.getWidth();
    this.pageHeight = doc.internal.pageSize.getHeight();
  }

  private get contentWidth(): number {
    return this.pageWidth - 2 * MARGIN;
  }

  private get bottom(): number {
    return this.pageHeight - MARGIN - FOOTER;
  }

  private get cellWidth(): number {
    return (this.contentWidth - GAP) / 2;
  }

  /** Title, client, regimen, sessions, range, a count of what follows and the day it was made. */
  header(data: ReportData, madeOn: IsoDate): void {
    const { options } = this;
    this.paragraph('SMP AFTERCARE JOURNAL', { size: 8.5, bold: true, color: SOFT });
    this.y += 4;
    this.paragraph('Healing progress report', { size: 22, bold: true, color: BRAND });
    this.y += 4;
    const client = options.clientName.trim();
    if (client) this.paragraph(`Client: ${client}`, { size: 13, bold: true });
    this.y += 8;
    const allAreas = options.areas.length === Object.keys(SCALP_AREAS).length;
    const photos = data.days.reduce((n, d) => n + d.photos.length, 0);
    const checkIns = data.days.filter((d) => d.checkIn).length;
    const urgent = data.days.filter((d) => d.checkIn?.flags.some((f) => f.level === 'urgent')).length;
    const sessions = [...data.plan.sessions].sort((a, b) => a.date.localeCompare(b.date));
    const sessionLine = (s: (typeof sessions)[number], i: number) => {
      const extra = [s.final ? 'final' : '', s.note ?? ''].filter(Boolean).join(', ');
      return `${i + 1}. ${describeDate(s.date as IsoDate)}${extra ? ` (${extra})` : ''}`;
    };
    this.fact('Period', `${describeDate(options.from)} to ${describeDate(options.to)}`);
    this.fact('Scalp areas', allAreas ? 'All areas' : options.areas.map((a) => SCALP_AREAS[a]).join(', '));
    this.fact('Aftercare regimen', data.regimen.name);
    this.fact(
      sessions.length === 1 ? 'Session' : 'Sessions',
      sessions.length ? sessions.map(sessionLine).join('\n') : 'none entered',
    );
    this.fact(
      'In this report',
      `${plural(data.days.length, 'day')}, ${plural(photos, 'photo')}, ${plural(checkIns, 'check-in')}` +
        (urgent ? `; ${plural(urgent, 'check-in')} with an urgent flag` : ''),
    );
    this.fact('Made on', describeDate(madeOn));
    this.y += 6;
    this.paragraph(
      'Recorded by the client in SMP Aftercare Journal. The flags are aftercare guidance, not a diagnosis.',
      { size: 8.5, color: SOFT },
    );
    this.y += 14;
  }

  /** One day: its heading and blocks; `photos` are the day's report photos, in order, as they become ready. */
  async day(day: ReportDay, unit: 'C' | 'F', photos: readonly Promise<ReportPhoto | null>[]): Promise<void> {
    const blocks: Block[] = [];
    if (day.checkIn) blocks.push(this.checkInBlock(day.checkIn, unit));
    if (day.adherence.length) blocks.push(this.adherenceBlock(day));
    const firstRow = blocks.length;
    for (let i = 0; i < day.photos.length; i += 2) {
      blocks.push(this.photoRowBlock(day.photos.slice(i, i + 2), photos.slice(i, i + 2)));
    }
    // The heading stays with everything up to the first photo row when that fits on a page, else with its first block.
    const heading = this.headingBlock(day, false);
    const opening = blocks.slice(0, firstRow + 1).reduce((sum, b) => sum + b.height, 0);
    const keep =
      heading.height + (heading.height + opening <= this.bottom - MARGIN ? opening : (blocks[0]?.height ?? 0));
    this.ensure(keep);
    await this.place(heading);
    for (const block of blocks) {
      if (!this.fits(block.height)) {
        this.newPage();
        await this.place(this.headingBlock(day, true));
      }
      await this.place(block);
    }
    this.y += GAP;
  }

  /** A last word when some characters could not be drawn. */
  closingNotes(): void {
    if (!this.replaced) return;
    this.paragraph(
      'Some characters (other alphabets, emoji) cannot be shown by the standard PDF font and appear as "?".',
      { size: 8.5, color: SOFT },
    );
  }

  /** "Page x of y" (and the client's name) at the foot of every page. */
  footers(): void {
    const { doc } = this;
    const pages = doc.getNumberOfPages();
    const client = this.clean(this.options.clientName.trim());
    const y = this.pageHeight - MARGIN + 6;
    for (let page = 1; page <= pages; page += 1) {
      doc.setPage(page);
      this.rule(y - 8, 0.5);
      this.font({ size: 8.5, color: SOFT });
      const left = doc.splitTextToSize(
        `Healing progress report${client ? ` · ${client}` : ''}`,
        this.contentWidth - 90,
      );
      doc.text((left as string[])[0] ?? '', MARGIN, y, { baseline: 'top' });
      doc.text(`Page ${page} of ${pages}`, this.pageWidth - MARGIN, y, { baseline: 'top', align: 'right' });
    }
  }

  private headingBlock(day: ReportDay, continued: boolean): Block {
    const dayWord = day.day === null ? 'Before the first session' : `Day ${day.day}`;
    const suffix = [day.session ? 'session day' : '', continued ? 'continued' : ''].filter(Boolean).join(', ');
    const text = `${dayWord} · ${describeDate(day.date)}${suffix ? ` (${suffix})` : ''}`;
    const style = { size: 14, bold: true, color: BRAND };
    const lines = this.measure(text, style);
    return {
      height: 10 + lines.length * lineHeight(14) + 4,
      draw: (top) => {
        this.rule(top, 0.75);
        this.write(lines, style, top + 10);
      },
    };
  }

  /** The check-in's answers, its note and its flags, each flag with its level in words. */
  private checkInBlock(c: CheckInRecord, unit: 'C' | 'F'): Block {
    const celsius = c.temperatureC;
    const temperature =
      celsius === undefined
        ? 'not taken'
        : unit === 'F'
          ? `${celsiusToFahrenheit(celsius).toFixed(1)} °F (${celsius.toFixed(1)} °C)`
          : `${celsius.toFixed(1)} °C`;
    const answers = [
      `Swelling: ${c.swelling}`,
      `Temperature: ${temperature}`,
      ...(c.feverish ? ['Feeling feverish: yes'] : []),
      `Redness: ${REDNESS[c.redness ?? 'none']}`,
      `Pain: ${PAIN[c.pain ?? 'none']}`,
      `Discharge: ${yesNo(c.discharge)}`,
      `Warmth: ${yesNo(c.warmth)}`,
    ];
    const parts: Block[] = [this.textBlock('Check-in', { size: BODY, bold: true, color: SOFT })];
    parts.push(this.textBlock(answers.join('  ·  '), { size: BODY }));
    if (c.note.trim()) parts.push(this.textBlock(`Note: ${c.note.trim()}`, { size: BODY, color: SOFT }));
    for (const flag of c.flags) parts.push(this.flagBlock(flag.level, flag.message));
    return this.stack(parts, 8);
  }

  /** The "do" items in force that day and how often each was ticked. */
  private adherenceBlock(day: ReportDay): Block {
    const items = day.adherence.map(({ title, done, timesPerDay }) => {
      if (done === 0) return `${title}: not ticked`;
      return timesPerDay > 1 ? `${title}: ${done} of ${timesPerDay} times` : `${title}: done`;
    });
    return this.stack(
      [
        this.textBlock('Aftercare ticked in the app', { size: BODY, bold: true, color: SOFT }),
        this.textBlock(items.join('  ·  '), { size: BODY }),
      ],
      8,
    );
  }

  /** A flag: a bar in the level's colour, the level in words (bold, coloured), then the message. */
  private flagBlock(level: FlagLevel, message: string): Block {
    const { word, color } = FLAGS[level];
    const indent = 10;
    const lead = `${word.toUpperCase()}:`;
    const lines = this.measure(`${lead} ${message}`, { size: BODY, width: this.contentWidth - indent });
    const height = lines.length * lineHeight(BODY);
    return {
      height: height + 4,
      draw: (top) => {
        this.doc.setFillColor(...color);
        this.doc.rect(MARGIN, top + 1, 3, height - 2, 'F');
        const [first = '', ...rest] = lines;
        this.write([lead], { size: BODY, bold: true, color, x: MARGIN + indent }, top);
        const leadWidth = this.doc.getTextWidth(`${lead} `);
        this.write([first.slice(lead.length + 1)], { size: BODY, x: MARGIN + indent + leadWidth }, top);
        this.write(rest, { size: BODY, x: MARGIN + indent }, top + lineHeight(BODY));
      },
    };
  }

  /** Up to two photos side by side, each centred in its half with its area, time and note under it. */
  private photoRowBlock(photos: readonly PhotoRecord[], ready: readonly Promise<ReportPhoto | null>[]): Block {
    const cell = this.cellWidth;
    const placed = photos.map((photo) => {
      const scale = Math.min(cell / photo.width, PHOTO_MAX_HEIGHT / photo.height);
      const w = photo.width * scale;
      const h = photo.height * scale;
      const caption = this.captionLines(photo, Math.max(w, 150));
      return { photo, w, h, caption, height: h + 6 + caption.length * lineHeight(CAPTION) };
    });
    return {
      height: Math.max(...placed.map((p) => p.height)) + GAP,
      draw: async (top) => {
        for (const [i, { photo, w, h, caption }] of placed.entries()) {
          const left = MARGIN + i * (cell + GAP) + (cell - Math.max(w, 150)) / 2;
          const image = await ready[i];
          const x = left + (Math.max(w, 150) - w) / 2;
          if (image) {
            this.doc.addImage(image.jpeg, 'JPEG', x, top, w, h, photo.id, 'NONE');
          } else {
            this.doc.setFillColor(...SUNK);
            this.doc.rect(x, top, w, h, 'F');
            this.write(['This photo could not be read.'], { size: CAPTION, color: SOFT, x: x + 8 }, top + 8);
          }
          this.doc.setDrawColor(...LINE);
          this.doc.setLineWidth(0.5);
          this.doc.rect(x, top, w, h, 'S');
          const [head = '', ...note] = caption;
          this.write([head], { size: CAPTION, bold: true, x: left }, top + h + 6);
          this.write(note, { size: CAPTION, color: SOFT, x: left }, top + h + 6 + lineHeight(CAPTION));
        }
      },
    };
  }

  /** "Crown · 09:15" and the photo's note, at most four lines of it. */
  private captionLines(photo: PhotoRecord, width: number): string[] {
    const time = photo.takenAt?.slice(11, 16);
    const [head = ''] = this.measure(`${SCALP_AREAS[photo.area]}${time ? ` · ${time}` : ''}`, {
      size: CAPTION,
      bold: true,
      width,
    });
    const note = photo.note.trim() ? this.measure(photo.note.trim(), { size: CAPTION, width }) : [];
    return [head, ...(note.length > 4 ? [...note.slice(0, 3), `${(note[3] ?? '').replace(/.$/, '')}…`] : note)];
  }

  private fact(name: string, value: string): void {
    const labelWidth = 112;
    const lines = this.measure(value, { size: 10.5, width: this.contentWidth - labelWidth });
    const height = lines.length * lineHeight(10.5);
    this.ensure(height);
    this.write([name], { size: 10.5, bold: true, color: SOFT }, this.y);
    this.write(lines, { size: 10.5, x: MARGIN + labelWidth }, this.y);
    this.y += height + 3;
  }

  private textBlock(text: string, style: TextStyle): Block {
    const lines = this.measure(text, style);
    return { height: lines.length * lineHeight(style.size ?? BODY), draw: (top) => this.write(lines, style, top) };
  }

  /** Blocks one under the other, as one block, with `after` points below. */
  private stack(parts: readonly Block[], after: number): Block {
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

  private async place(block: Block): Promise<void> {
    await block.draw(this.y);
    this.y += block.height;
  }

  /** Wrapped text at the cursor, breaking pages between lines (the header). */
  private paragraph(text: string, style: TextStyle): void {
    const height = lineHeight(style.size ?? BODY);
    for (const line of this.measure(text, style)) {
      this.ensure(height);
      this.write([line], style, this.y);
      this.y += height;
    }
  }

  private measure(text: string, style: TextStyle): string[] {
    this.font(style);
    const width = style.width ?? this.contentWidth - ((style.x ?? MARGIN) - MARGIN);
    return this.clean(text)
      .split('\n')
      .flatMap((part) => this.doc.splitTextToSize(part, width) as string[]);
  }

  private write(lines: readonly string[], style: TextStyle, top: number): void {
    if (lines.length === 0) return;
    this.font(style);
    const height = lineHeight(style.size ?? BODY);
    lines.forEach((line, i) => this.doc.text(line, style.x ?? MARGIN, top + i * height, { baseline: 'top' }));
  }

  private rule(y: number, width: number): void {
    this.doc.setDrawColor(...LINE);
    this.doc.setLineWidth(width);
    this.doc.line(MARGIN, y, this.pageWidth - MARGIN, y);
  }

  private font({ size = BODY, bold = false, color = INK }: TextStyle): void {
    this.doc.setFont('helvetica', bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }

  private clean(text: string): string {
    const result = toPdfText(text);
    this.replaced ||= result.replaced;
    return result.text;
  }

  private fits(height: number): boolean {
    return this.y + height <= this.bottom;
  }

  /** A new page unless `height` fits (or the page is still empty, where it fits as well as it can). */
  private ensure(height: number): void {
    if (!this.fits(height) && this.y > MARGIN) this.newPage();
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = MARGIN;
  }
}
