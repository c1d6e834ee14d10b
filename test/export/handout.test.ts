import { expect } from 'chai';
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import { makeHandout } from '../../src/export/handout.ts';
import { daySpans, regimenLink } from '../../src/handover/index.ts';
import { DEFAULT_REGIMEN, validateRegimen, type Regimen, type Rule } from '../../src/rules/index.ts';
import { studioRegimen } from '../helpers/regimens.ts';

// pdf.js, an independent PDF reader, parses what jsPDF wrote (its worker from node_modules, as served).
GlobalWorkerOptions.workerSrc = '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs';

/** The handout of `regimen` on `paper`, read back by pdf.js. */
async function handout(regimen: Regimen, paper: 'a4' | 'letter' = 'a4'): Promise<PDFDocumentProxy> {
  const link = await regimenLink('https://journal.example/', regimen);
  if (!link.ok) throw new Error(link.error);
  const file = await makeHandout(regimen, link.value, paper);
  return getDocument({ data: new Uint8Array(await file.arrayBuffer()) }).promise;
}

async function textOf(pdf: PDFDocumentProxy): Promise<string> {
  const content = await (await pdf.getPage(1)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

/**
 * A studio's long regimen that still fits one link: the first standard rules and 60 short ones of
 * one day each, after the final session, so the handout has far more runs of days than a page holds.
 */
function longRegimen(): Regimen {
  const extra: Rule[] = Array.from({ length: 60 }, (_, i) => ({
    id: `r${i + 1}`,
    kind: 'avoid',
    window: { anchor: 'final-session', fromDay: 2 * i + 1, toDay: 2 * i + 1 },
    title: `Rule ${i + 1}`,
    text: `Text ${i + 1}.`,
  }));
  const checked = validateRegimen({
    ...studioRegimen,
    name: 'Long Studio',
    rules: [...studioRegimen.rules.slice(0, 4).map(({ source: _s, ...rule }) => rule), ...extra],
  });
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

describe('the technician’s handout (PDF)', () => {
  it('is one A4 page with the studio’s name, and every run of days of a short regimen', async () => {
    const pdf = await handout(studioRegimen);
    expect(pdf.numPages).to.equal(1);
    const [, , w, h] = (await pdf.getPage(1)).view;
    expect([Math.round(w!), Math.round(h!)]).to.deep.equal([595, 842]);
    const text = await textOf(pdf);
    expect(text).to.contain('Studio X aftercare');
    expect(text).to.contain('Day 1 is the day of your session');
    expect(text).not.to.contain('more periods of days');
  });

  it('is on Letter paper when asked', async () => {
    const pdf = await handout(studioRegimen, 'letter');
    expect(pdf.numPages).to.equal(1);
    const [, , w, h] = (await pdf.getPage(1)).view;
    expect([Math.round(w!), Math.round(h!)]).to.deep.equal([612, 792]);
  });

  it('stays one page for a long regimen that fits a link, saying how many periods the link adds', async () => {
    const regimen = longRegimen();
    const spans = daySpans(regimen).length;
    expect(spans).to.be.greaterThan(60);
    for (const paper of ['a4', 'letter'] as const) {
      const pdf = await handout(regimen, paper);
      expect(pdf.numPages, paper).to.equal(1);
      const text = await textOf(pdf);
      expect(text).to.contain('Long Studio');
      const more = /…and (\d+) more periods of days: scan the code for the whole regimen\./.exec(text);
      expect(more, text).to.not.equal(null);
      const left = Number(more![1]);
      expect(left).to.be.greaterThan(0).and.lessThan(spans);
      // The closing words still end the page.
      expect(text).to.contain('contact your technician or a doctor');
    }
  });

  it('keeps the standard regimen’s handout on one page too', async () => {
    const pdf = await handout({ ...DEFAULT_REGIMEN, id: 'copy', name: 'Copy of the standard' });
    expect(pdf.numPages).to.equal(1);
  });
});
