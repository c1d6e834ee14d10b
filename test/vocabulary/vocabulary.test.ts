import { expect } from 'chai';
import * as v from 'valibot';
import { contrast } from '../helpers/colour.ts';
import { JARGON } from '../helpers/jargon.ts';
import {
  DAY_CHECK_IN_WORDS,
  FLAG_TONES,
  FLAG_WORDS,
  LEVEL_COLORS,
  LEVEL_LABELS,
  LEVEL_TONES,
  PAIN_WORDS,
  REDNESS_WORDS,
  SWELLING_WORDS,
  celsiusToFahrenheit,
  describeBytes,
  fahrenheitToCelsius,
  firstIssueText,
  formatTemperature,
  listed,
  lowerFirst,
  plural,
} from '../../src/vocabulary/index.ts';

describe('the vocabulary', () => {
  it('words every level and flag level, in colours that read (4.5:1 at least)', () => {
    for (const level of ['none', 'strict', 'caution', 'limited', 'clear'] as const) {
      expect(LEVEL_LABELS[level], level).to.be.a('string').and.not.equal('');
      expect(contrast(LEVEL_COLORS[level], '#ffffff'), `white on the ${level} badge`).to.be.at.least(4.5);
      expect(contrast(LEVEL_TONES[level].ink, LEVEL_TONES[level].background), `${level} on its card`).to.be.at.least(
        4.5,
      );
    }
    for (const level of ['urgent', 'watch', 'info'] as const) {
      expect(FLAG_WORDS[level], level).to.be.a('string').and.not.equal('');
      expect(contrast(FLAG_TONES[level].ink, FLAG_TONES[level].background), `${level} flag`).to.be.at.least(4.5);
    }
  });

  it('names no level as a verdict on the skin: the last one is long-term care', () => {
    expect(LEVEL_LABELS.clear).to.equal('Long-term care');
    for (const label of Object.values(LEVEL_LABELS)) expect(label).not.to.match(/heal|clear|done|finish|all good/i);
  });

  it('words a day’s check-in in the diary with its flag word', () => {
    for (const level of ['urgent', 'watch', 'info'] as const) {
      expect(DAY_CHECK_IN_WORDS[level]).to.equal(`Check-in: ${lowerFirst(FLAG_WORDS[level])}`);
    }
  });

  it('lists items as a sentence does', () => {
    expect(listed([])).to.equal('');
    expect(listed(['a'])).to.equal('a');
    expect(listed(['a', 'b'])).to.equal('a and b');
    expect(listed(['a', 'b', 'c'])).to.equal('a, b and c');
    expect(lowerFirst('Never use AHAs')).to.equal('never use AHAs');
  });

  it('has every answer of the check-in in each of its registers', () => {
    for (const words of [SWELLING_WORDS, REDNESS_WORDS, PAIN_WORDS]) {
      const ids = Object.keys(words.choices);
      expect(Object.keys(words.answers), words.question).to.deep.equal(ids);
      expect(Object.keys(words.summaries), words.question).to.deep.equal(ids);
    }
    expect(`${REDNESS_WORDS.question}: ${REDNESS_WORDS.answers.spreading}`).to.equal('Redness: spreading beyond it');
  });

  it('converts and shows temperatures to one decimal', () => {
    expect(celsiusToFahrenheit(38)).to.equal(100.4);
    expect(fahrenheitToCelsius(100.4)).to.equal(38);
    expect(formatTemperature(38.55, 'C')).to.equal('38.5 °C');
    expect(formatTemperature(38.5, 'F')).to.equal('101.3 °F');
  });

  it('gives byte sizes in one style, down to the smallest unit asked for', () => {
    const cases: [number, Parameters<typeof describeBytes>[1], string][] = [
      [812, undefined, '812 bytes'],
      [340_400, undefined, '340 KB'],
      [1_500_000, undefined, '1.5 MB'],
      [300_000_000, undefined, '300.0 MB'],
      [2_250_000_000, undefined, '2.25 GB'],
      [400, 'KB', '1 KB'],
      [183_600, 'KB', '184 KB'],
      [4_210_000, 'KB', '4.2 MB'],
      [0, 'MB', '1 MB'],
      [42_400_000, 'MB', '42 MB'],
      [1_240_000_000, 'MB', '1.2 GB'],
    ];
    for (const [bytes, smallest, words] of cases) {
      expect(describeBytes(bytes, smallest), `${bytes} bytes, ${smallest ?? 'bytes'}`).to.equal(words);
    }
  });

  it('says what is wrong and where in words a person knows, never a schema path or a library message', () => {
    const day = v.strictObject({
      date: v.string(),
      swelling: v.picklist(['none', 'mild']),
      note: v.pipe(v.string(), v.maxLength(5)),
      counts: v.record(v.pipe(v.string(), v.maxLength(3)), v.number()),
    });
    const schema = v.strictObject({
      checkIns: v.array(day),
      rules: v.array(v.strictObject({ id: v.string(), kind: v.picklist(['avoid', 'do'], 'must be “avoid” or “do”') })),
      sessions: v.array(v.strictObject({ date: v.string() })),
    });
    const good = { date: '2026-03-03', swelling: 'none', note: '', counts: {} };
    const base = { checkIns: [good], rules: [{ id: 'keep-dry', kind: 'do' }], sessions: [] };
    const cases: [string, unknown, string][] = [
      [
        'a value it does not know',
        { ...base, checkIns: [{ ...good, swelling: 'huge' }] },
        'the swelling of the check-in of 3 March 2026 is “huge”, which this app does not know',
      ],
      [
        'a field it does not know',
        { ...base, checkIns: [{ ...good, pad: 1 }] },
        'the check-in of 3 March 2026 holds “pad”, which this app does not know',
      ],
      ['a missing field', { rules: [], sessions: [] }, 'the check-ins are missing'],
      ['an unknown field at the top', { ...base, pad: 1 }, 'it holds “pad”, which this app does not know'],
      [
        'a schema’s own words',
        { ...base, rules: [{ id: 'keep-dry', kind: 'maybe' }] },
        'the kind of rule 1 (“keep-dry”) must be “avoid” or “do”',
      ],
      [
        'a wrong type',
        { ...base, checkIns: [{ ...good, note: 3 }] },
        'the note of the check-in of 3 March 2026 must be text',
      ],
      [
        'text too long',
        { ...base, checkIns: [{ ...good, note: 'longer' }] },
        'the note of the check-in of 3 March 2026 is too long (at most 5 characters)',
      ],
      [
        'a bad date names the record by its place',
        { ...base, checkIns: [{ ...good, date: 7 }] },
        'the date of check-in 1 must be text',
      ],
      [
        'a tick key',
        { ...base, checkIns: [{ ...good, counts: { toolong: 1 } }] },
        'the rule id “toolong” of the check-in of 3 March 2026 is too long (at most 3 characters)',
      ],
      [
        'a hidden character in a quoted value',
        { ...base, 'p\u202Ead': 1 },
        'it holds “pad”, which this app does not know',
      ],
      ['not an object at all', 'hello', 'it is not in a form this app knows'],
    ];
    for (const [name, input, words] of cases) {
      const result = v.safeParse(schema, input);
      expect(result.success, name).to.equal(false);
      const text = firstIssueText(result.issues ?? [], 'invalid');
      expect(text, name).to.equal(words);
      expect(text, name).not.to.match(JARGON);
    }
    expect(firstIssueText([], 'invalid')).to.equal('invalid');
  });

  it('counts in words', () => {
    expect([plural(1, 'photo'), plural(0, 'photo'), plural(3, 'day of ticks', 'days of ticks')]).to.deep.equal([
      '1 photo',
      '0 photos',
      '3 days of ticks',
    ]);
  });
});
