import { expect } from 'chai';
import { daySpans, spanDaysWords } from '../../src/handover/index.ts';
import { DEFAULT_REGIMEN } from '../../src/rules/index.ts';
import { studioRegimen } from '../helpers/regimens.ts';

describe('a regimen day by day (the handout)', () => {
  it('runs the standard regimen in spans where the level or the rules change', () => {
    const spans = daySpans(DEFAULT_REGIMEN);
    expect(spans.map((s) => [spanDaysWords(s), s.level])).to.deep.equal([
      ['Days 1–5', 'strict'],
      ['Days 6–10', 'caution'],
      ['Days 11–30', 'limited'],
      ['From day 31', 'clear'],
    ]);
    expect(spans[0]?.avoid).to.include('Keep your scalp dry');
    expect(spans[1]?.do).to.include('Wash gently with cold water');
    expect(spans[3]?.avoid).to.include('Do not donate blood (for 1 year after your final session)');
    expect(spans[3]?.do).to.include('Use sunscreen on your scalp');
  });

  it('follows a studio’s regimen: three dry days', () => {
    const spans = daySpans(studioRegimen);
    expect(spanDaysWords(spans[0]!)).to.equal('Days 1–3');
    expect(spans[0]?.avoid).to.include('Keep your scalp dry');
    expect(spans[1]?.avoid).not.to.include('Keep your scalp dry');
  });

  it('words a single day', () => {
    expect(spanDaysWords({ fromDay: 4, toDay: 4 })).to.equal('Day 4');
  });
});
