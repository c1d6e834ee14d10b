/**
 * The report's content, laid out by `PdfLayout`: the header, then each day as a heading and
 * blocks (check-in, aftercare ticks, rows of two photos). A day's heading stays with its first
 * blocks, and a day that runs onto a new page repeats its heading, "continued". Words and colours
 * of flags and answers come from the app's vocabulary, as on screen.
 */
import { msg, str } from '@lit/localize';
import type { jsPDF as JsPdf } from 'jspdf';
import { SCALP_AREAS, type CheckInRecord, type PhotoRecord } from '../journal/records.ts';
import { scalpAreaName } from '../i18n/area-names.ts';
import { ASK_YOUR_TECHNICIAN, describeDate, type FlagLevel, type IsoDate } from '../rules/index.ts';
import {
  FLAG_TONES,
  FLAG_WORDS,
  LEVEL_LABELS,
  PAIN_WORDS,
  REDNESS_WORDS,
  SIGN_WORDS,
  SWELLING_WORDS,
  TEMPERATURE_WORDS,
  formatTemperature,
  plural,
  yesNo,
  type TemperatureUnit,
} from '../vocabulary/index.ts';
import { BODY, GAP, MARGIN, PALETTE, PdfLayout, lineHeight, rgbOf, type Block } from './pdf-layout.ts';
import type { ReportData, ReportDay } from './report-data.ts';
import type { ReportOptions } from './report-options.ts';
import type { ReportPhoto } from './report-photos.ts';

const { soft: SOFT, brand: BRAND, line: LINE, sunk: SUNK } = PALETTE;
const PHOTO_MAX_HEIGHT = 216;
const CAPTION = 9;

/** Writes one report into `doc`. */
export class ReportWriter {
  private readonly layout: PdfLayout;

  constructor(
    private readonly doc: JsPdf,
    private readonly options: ReportOptions,
  ) {
    this.layout = new PdfLayout(doc);
  }

  private get cellWidth(): number {
    return (this.layout.contentWidth - GAP) / 2;
  }

  /** Title, client, regimen, sessions, range, a count of what follows and the day it was made. */
  header(data: ReportData, madeOn: IsoDate): void {
    const { options } = this;
    this.layout.paragraph(msg('SMP AFTERCARE JOURNAL'), { size: 8.5, bold: true, color: SOFT });
    this.layout.y += 4;
    this.layout.paragraph(msg('Healing progress report'), { size: 22, bold: true, color: BRAND });
    this.layout.y += 4;
    const client = options.clientName.trim();
    if (client) this.layout.paragraph(msg(str`Client: ${client}`), { size: 13, bold: true });
    this.layout.y += 8;
    const allAreas = options.areas.length === Object.keys(SCALP_AREAS).length;
    const photos = data.days.reduce((n, d) => n + d.photos.length, 0);
    const checkIns = data.days.filter((d) => d.checkIn).length;
    const urgent = data.days.filter((d) => d.checkIn?.flags.some((f) => f.level === 'urgent')).length;
    const sessions = [...data.plan.sessions].sort((a, b) => a.date.localeCompare(b.date));
    const sessionLine = (s: (typeof sessions)[number], i: number) => {
      const extra = [s.final ? msg('final') : '', s.note ?? ''].filter(Boolean).join(', ');
      return `${i + 1}. ${describeDate(s.date as IsoDate)}${extra ? ` (${extra})` : ''}`;
    };
    const [from, to] = [describeDate(options.from), describeDate(options.to)];
    this.fact(msg('Period'), msg(str`${from} to ${to}`));
    this.fact(msg('Scalp areas'), allAreas ? msg('All areas') : options.areas.map(scalpAreaName).join(', '));
    this.fact(msg('Aftercare regimen'), data.regimen.name);
    this.fact(
      sessions.length === 1 ? msg('Session') : msg('Sessions'),
      sessions.length ? sessions.map(sessionLine).join('\n') : msg('none entered'),
    );
    const checkInCount = (n: number) => plural(n, msg('check-in'), msg('check-ins'));
    const counts = [
      plural(data.days.length, msg('day'), msg('days')),
      plural(photos, msg('photo'), msg('photos')),
      checkInCount(checkIns),
    ].join(', ');
    const withUrgent = checkInCount(urgent);
    this.fact(msg('In this report'), urgent ? msg(str`${counts}; ${withUrgent} with an urgent flag`) : counts);
    this.fact(msg('Made on'), describeDate(madeOn));
    this.layout.y += 6;
    const [firstDay, clear] = [data.regimen.levels.limitedUntilDay + 1, LEVEL_LABELS.clear];
    const longTerm = data.days.some((d) => d.level === 'clear')
      ? msg(
          str` Days from day ${firstDay} are marked “${clear}”: the aftercare that carries on, not a sign that the skin has healed.`,
        )
      : '';
    const recorded = msg(
      'Recorded by the client in SMP Aftercare Journal. The flags are aftercare guidance, not a diagnosis.',
    );
    this.layout.paragraph(`${recorded}${longTerm} ${ASK_YOUR_TECHNICIAN.text}`, { size: 8.5, color: SOFT });
    this.layout.y += 14;
  }

  /** One day: its heading and blocks; `photos` are the day's report photos, in order, as they become ready. */
  async day(day: ReportDay, unit: TemperatureUnit, photos: readonly Promise<ReportPhoto | null>[]): Promise<void> {
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
      heading.height + (heading.height + opening <= this.layout.bottom - MARGIN ? opening : (blocks[0]?.height ?? 0));
    this.layout.ensure(keep);
    await this.layout.place(heading);
    for (const block of blocks) {
      if (!this.layout.fits(block.height)) {
        this.layout.newPage();
        await this.layout.place(this.headingBlock(day, true));
      }
      await this.layout.place(block);
    }
    this.layout.y += GAP;
  }

  /** A last word when some characters could not be drawn. */
  closingNotes(): void {
    if (!this.layout.replaced) return;
    this.layout.paragraph(
      msg('Some characters (other alphabets, emoji) cannot be shown by the standard PDF font and appear as "?".'),
      { size: 8.5, color: SOFT },
    );
  }

  /** "Page x of y" (and the client's name) at the foot of every page. */
  footers(): void {
    const { doc } = this;
    const pages = doc.getNumberOfPages();
    const client = this.layout.clean(this.options.clientName.trim());
    const y = this.layout.pageHeight - MARGIN + 6;
    for (let page = 1; page <= pages; page += 1) {
      doc.setPage(page);
      this.layout.rule(y - 8, 0.5);
      this.layout.font({ size: 8.5, color: SOFT });
      const left = doc.splitTextToSize(
        `${msg('Healing progress report')}${client ? ` · ${client}` : ''}`,
        this.layout.contentWidth - 90,
      );
      doc.text((left as string[])[0] ?? '', MARGIN, y, { baseline: 'top' });
      doc.text(msg(str`Page ${page} of ${pages}`), this.layout.pageWidth - MARGIN, y, {
        baseline: 'top',
        align: 'right',
      });
    }
  }

  private headingBlock(day: ReportDay, continued: boolean): Block {
    const dayWord = day.day === null ? msg('Before the first session') : msg(str`Day ${day.day}`);
    const level = day.day === null ? '' : ` · ${LEVEL_LABELS[day.level]}`;
    const suffix = [day.session ? msg('session day') : '', continued ? msg('continued') : '']
      .filter(Boolean)
      .join(', ');
    const text = `${dayWord} · ${describeDate(day.date)}${level}${suffix ? ` (${suffix})` : ''}`;
    const style = { size: 14, bold: true, color: BRAND };
    const lines = this.layout.measure(text, style);
    return {
      height: 10 + lines.length * lineHeight(14) + 4,
      draw: (top) => {
        this.layout.rule(top, 0.75);
        this.layout.write(lines, style, top + 10);
      },
    };
  }

  /** The check-in's answers, its note and its flags, each flag with its level in words. */
  private checkInBlock(c: CheckInRecord, unit: TemperatureUnit): Block {
    const celsius = c.temperatureC;
    const temperature =
      celsius === undefined
        ? TEMPERATURE_WORDS.notTaken
        : unit === 'F'
          ? `${formatTemperature(celsius, 'F')} (${formatTemperature(celsius, 'C')})`
          : formatTemperature(celsius, 'C');
    const answers = [
      `${SWELLING_WORDS.question}: ${SWELLING_WORDS.answers[c.swelling]}`,
      `${TEMPERATURE_WORDS.question}: ${temperature}`,
      ...(c.feverish ? [`${SIGN_WORDS.feverish.question}: ${yesNo(true)}`] : []),
      `${REDNESS_WORDS.question}: ${REDNESS_WORDS.answers[c.redness ?? 'none']}`,
      `${PAIN_WORDS.question}: ${PAIN_WORDS.answers[c.pain ?? 'none']}`,
      `${SIGN_WORDS.discharge.question}: ${yesNo(c.discharge)}`,
      `${SIGN_WORDS.warmth.question}: ${yesNo(c.warmth)}`,
    ];
    const parts: Block[] = [this.layout.textBlock(msg('Check-in'), { size: BODY, bold: true, color: SOFT })];
    parts.push(this.layout.textBlock(answers.join('  ·  '), { size: BODY }));
    const note = c.note.trim();
    if (note) parts.push(this.layout.textBlock(msg(str`Note: ${note}`), { size: BODY, color: SOFT }));
    for (const flag of c.flags) parts.push(this.flagBlock(flag.level, flag.message));
    return this.layout.stack(parts, 8);
  }

  /** The "do" items in force that day and how often each was ticked. */
  private adherenceBlock(day: ReportDay): Block {
    const items = day.adherence.map(({ title, done, timesPerDay }) => {
      if (done === 0) return msg(str`${title}: not ticked`);
      return timesPerDay > 1 ? msg(str`${title}: ${done} of ${timesPerDay} times`) : msg(str`${title}: done`);
    });
    return this.layout.stack(
      [
        this.layout.textBlock(msg('Aftercare ticked in the app'), { size: BODY, bold: true, color: SOFT }),
        this.layout.textBlock(items.join('  ·  '), { size: BODY }),
      ],
      8,
    );
  }

  /** A flag: a bar in the level's colour, the level in words (bold, coloured), then the message. */
  private flagBlock(level: FlagLevel, message: string): Block {
    const word = FLAG_WORDS[level];
    const color = rgbOf(FLAG_TONES[level].ink);
    const indent = 10;
    const lead = `${word.toUpperCase()}:`;
    const lines = this.layout.measure(`${lead} ${message}`, { size: BODY, width: this.layout.contentWidth - indent });
    const height = lines.length * lineHeight(BODY);
    return {
      height: height + 4,
      draw: (top) => {
        this.doc.setFillColor(...color);
        this.doc.rect(MARGIN, top + 1, 3, height - 2, 'F');
        const [first = '', ...rest] = lines;
        this.layout.write([lead], { size: BODY, bold: true, color, x: MARGIN + indent }, top);
        const leadWidth = this.doc.getTextWidth(`${lead} `);
        this.layout.write([first.slice(lead.length + 1)], { size: BODY, x: MARGIN + indent + leadWidth }, top);
        this.layout.write(rest, { size: BODY, x: MARGIN + indent }, top + lineHeight(BODY));
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
            this.layout.write(
              [msg('This photo could not be read.')],
              { size: CAPTION, color: SOFT, x: x + 8 },
              top + 8,
            );
          }
          this.doc.setDrawColor(...LINE);
          this.doc.setLineWidth(0.5);
          this.doc.rect(x, top, w, h, 'S');
          const [head = '', ...note] = caption;
          this.layout.write([head], { size: CAPTION, bold: true, x: left }, top + h + 6);
          this.layout.write(note, { size: CAPTION, color: SOFT, x: left }, top + h + 6 + lineHeight(CAPTION));
        }
      },
    };
  }

  /** "Crown · 09:15" and the photo's note, at most four lines of it. */
  private captionLines(photo: PhotoRecord, width: number): string[] {
    const time = photo.takenAt?.slice(11, 16);
    const [head = ''] = this.layout.measure(`${scalpAreaName(photo.area)}${time ? ` · ${time}` : ''}`, {
      size: CAPTION,
      bold: true,
      width,
    });
    const note = photo.note.trim() ? this.layout.measure(photo.note.trim(), { size: CAPTION, width }) : [];
    return [head, ...(note.length > 4 ? [...note.slice(0, 3), `${(note[3] ?? '').replace(/.$/, '')}…`] : note)];
  }

  /** A name and its value, side by side, in the header. */
  private fact(name: string, value: string): void {
    const labelWidth = 112;
    const lines = this.layout.measure(value, { size: 10.5, width: this.layout.contentWidth - labelWidth });
    const height = lines.length * lineHeight(10.5);
    this.layout.ensure(height);
    this.layout.write([name], { size: 10.5, bold: true, color: SOFT }, this.layout.y);
    this.layout.write(lines, { size: 10.5, x: MARGIN + labelWidth }, this.layout.y);
    this.layout.y += height + 3;
  }
}
