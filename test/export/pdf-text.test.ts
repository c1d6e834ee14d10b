import { expect } from 'chai';
import { isPdfDrawable, toPdfText } from '../../src/export/pdf-text.ts';

describe('toPdfText (text for the standard PDF fonts)', () => {
  const rows: [string, string, boolean, string][] = [
    ['Alex Morgan', 'Alex Morgan', false, 'plain ASCII is kept'],
    ['Zoë Brontë, café, 38.6 °C', 'Zoë Brontë, café, 38.6 °C', false, 'Latin-1 letters and ° are kept'],
    ['€ – — … “quoted” ‘single’ • ™', '€ – — … “quoted” ‘single’ • ™', false, 'Windows-1252 extras are kept'],
    ['Łukasz Wałęsa, Őrség', 'Lukasz Walesa, Orség', false, 'accented letters outside the set lose the accent'],
    ['e\u0301', 'é', false, 'a combining accent is composed first'],
    ['≥ 3 → ok', '>= 3 -> ok', false, 'a few symbols get an ASCII spelling'],
    ['Иван 山田', '???? ??', true, 'other scripts become "?", one per letter'],
    ['ok 👍🏽 done', 'ok ? done', true, 'an emoji (with its skin tone) becomes one "?"'],
    ['line one\nline two\tend', 'line one\nline two end', false, 'new lines are kept, tabs become spaces'],
  ];
  for (const [input, text, replaced, why] of rows) {
    it(why, () => {
      expect(toPdfText(input), why).to.deep.equal({ text, replaced });
    });
  }

  it('leaves only characters the fonts can draw', () => {
    const { text } = toPdfText('Ærøskøbing — Ŝŭ ĉu ĝi? 🎉 مرحبا ½');
    expect([...text.replace(/\n/g, '')].every(isPdfDrawable)).to.equal(true);
  });
});
