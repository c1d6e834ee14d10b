/**
 * The one-page handout a technician prints for clients (regimen builder): the studio's name, the
 * QR code of its regimen link (drawn as vector squares, sharp in print), what to do with it, and
 * the regimen day by day, in the active language (the regimen's own words as written) and on the
 * caller's paper (Letter for en-US), always on one page. jsPDF and the QR library load only when a handout is made.
 */
import { msg, str } from '@lit/localize';
import { daySpans, spanDaysWords, type DaySpan } from '../handover/index.ts';
import type { Regimen } from '../rules/index.ts';
import type { PageSize } from './report-options.ts';
import { LEVEL_COLORS, LEVEL_LABELS } from '../vocabulary/index.ts';
import { BODY, GAP, MARGIN, PALETTE, PdfLayout, lineHeight, rgbOf, type Block } from './pdf-layout.ts';

/**
 * The QR code's side on the page, in points (8 cm): a studio's whole regimen makes a dense code
 * (about 150 modules a side), whose modules are then half a millimetre, which a phone reads.
 */
const QR_SIDE = 228;

/** Draws the QR code of `text` as filled squares (one run of dark modules per rectangle). */
async function drawQr(layout: PdfLayout, text: string, x: number, y: number): Promise<void> {
  const { generate, correction } = await import('lean-qr');
  const code = generate(text, { minCorrectionLevel: correction.L });
  const quiet = 4;
  const module = QR_SIDE / (code.size + 2 * quiet);
  const doc = layout.doc;
  doc.setFillColor(0, 0, 0);
  for (let row = 0; row < code.size; row += 1) {
    let start = -1;
    for (let col = 0; col <= code.size; col += 1) {
      const dark = col < code.size && code.get(col, row);
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        // A hair wider than the module, so no white seam shows between squares when printed.
        doc.rect(
          x + (quiet + start) * module,
          y + (quiet + row) * module,
          (col - start) * module + 0.05,
          module + 0.05,
          'F',
        );
        start = -1;
      }
    }
  }
}

/** The handout of `regimen`, whose link is `link`, as a PDF file named after the regimen, on `pageSize` paper. */
export async function makeHandout(regimen: Regimen, link: string, pageSize: PageSize = 'a4'): Promise<File> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'pt', format: pageSize, compress: true });
  const layout = new PdfLayout(doc);
  const textWidth = layout.contentWidth - QR_SIDE - GAP;
  const top = layout.y;
  await drawQr(layout, link, layout.pageWidth - MARGIN - QR_SIDE, top);
  layout.paragraph(regimen.name, { size: 22, bold: true, color: PALETTE.brand, width: textWidth });
  layout.y += 4;
  layout.paragraph(msg('Your aftercare, day by day'), { size: 13, bold: true, width: textWidth });
  layout.y += GAP;
  layout.paragraph(
    msg(
      'Scan the code with your phone’s camera and open the link: the SMP Aftercare Journal app shows what you may and may not do each day, with this studio’s aftercare. Enter the date of your session when it asks. It works offline and keeps everything on your phone.',
    ),
    { size: BODY + 1, width: textWidth },
  );
  layout.y = Math.max(layout.y, top + QR_SIDE) + GAP * 1.5;
  layout.rule(layout.y - GAP / 2, 0.75);
  const closing = layout.textBlock(
    msg(
      'Day 1 is the day of your session; every session starts the days again. This is aftercare guidance, not a diagnosis: if your scalp gets hot, swollen or painful, or you feel feverish, contact your technician or a doctor.',
    ),
    { size: BODY - 1, color: PALETTE.soft },
  );
  await placeSpans(layout, daySpans(regimen), closing.height + GAP / 2);
  layout.y += GAP / 2;
  await layout.place(closing);
  doc.setProperties({ title: msg(str`${regimen.name}: aftercare`), creator: 'SMP Aftercare Journal' });
  return new File([doc.output('arraybuffer')], `${regimen.id}-handout.pdf`, { type: 'application/pdf' });
}

/**
 * The runs of days, as many as fit on the one page above `below` points kept for the closing
 * words; when some do not fit, a line says how many more the link holds. The handout never runs
 * onto a second page: it is one sheet to hand over.
 */
async function placeSpans(layout: PdfLayout, spans: readonly DaySpan[], below: number): Promise<void> {
  const blocks = spans.map((span) => spanBlock(layout, span));
  const more = (n: number) =>
    layout.textBlock(msg(str`…and ${n} more periods of days: scan the code for the whole regimen.`), {
      size: BODY,
      bold: true,
    });
  for (const [i, block] of blocks.entries()) {
    const rest = blocks.length - i - 1;
    if (!layout.fits(block.height + below + (rest ? more(rest).height : 0))) {
      await layout.place(more(blocks.length - i));
      return;
    }
    await layout.place(block);
  }
}

/** One run of days: its days and level on the left, what to avoid and do on the right. */
function spanBlock(layout: PdfLayout, span: DaySpan): Block {
  const left = 118;
  const x = MARGIN + left;
  const width = layout.contentWidth - left;
  const lines = [
    span.avoid.length ? msg(str`Avoid: ${span.avoid.join('; ')}.`) : msg('Nothing to avoid.'),
    span.do.length ? msg(str`Do: ${span.do.join('; ')}.`) : '',
  ].filter(Boolean);
  const body = layout.stack(
    lines.map((line) => layout.textBlock(line, { size: BODY, x, width })),
    GAP * 0.8,
  );
  const label = layout.stack(
    [
      layout.textBlock(spanDaysWords(span), { size: BODY + 1, bold: true }),
      layout.textBlock(LEVEL_LABELS[span.level], { size: BODY, bold: true, color: rgbOf(LEVEL_COLORS[span.level]) }),
    ],
    0,
  );
  return {
    height: Math.max(body.height, label.height + lineHeight(BODY) / 2),
    draw: async (y) => {
      await label.draw(y);
      await body.draw(y);
    },
  };
}
