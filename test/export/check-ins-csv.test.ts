import { expect } from 'chai';
import fc from 'fast-check';
import type { CheckInRecord } from '../../src/journal/records.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import { checkInColumns, checkInsCsv, checkInsCsvFile } from '../../src/export/check-ins-csv.ts';
import { neutraliseFormula, toCsv } from '../../src/export/csv.ts';

type Papa = typeof import('papaparse');

/** Papaparse, an independent CSV reader, loaded as the classic script it ships as (it is no ES module). */
function loadPapa(): Promise<Papa> {
  const existing = (window as unknown as { Papa?: Papa }).Papa;
  if (existing) return Promise.resolve(existing);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/papaparse/papaparse.min.js';
    script.onload = () => resolve((window as unknown as { Papa: Papa }).Papa);
    script.onerror = () => reject(new Error('papaparse did not load'));
    document.head.append(script);
  });
}

/** The CSV text read back as RFC 4180 says: CRLF between records; the last CRLF ends the last record. */
function parse(papa: Papa, text: string): string[][] {
  const result = papa.parse<string[]>(text, { newline: '\r\n', quoteChar: '"', delimiter: ',' });
  expect(result.errors, 'the file parses without errors').to.deep.equal([]);
  const rows = result.data;
  expect(rows.at(-1), 'the file ends with a line break').to.deep.equal(['']);
  return rows.slice(0, -1);
}

const checkIn = (date: string, fields: Partial<CheckInRecord> = {}): CheckInRecord => ({
  date: date as IsoDate,
  swelling: 'none',
  note: '',
  flags: [],
  savedAt: `${date}T20:00:00.000Z`,
  ...fields,
});

const plan = { sessions: [{ date: '2026-03-01' as IsoDate }] };

describe('the check-ins as CSV, parsed back with papaparse', () => {
  let papa: Papa;
  before(async () => {
    papa = await loadPapa();
  });

  it('writes a header and one row per check-in, oldest first, every answer in words and the day by the plan', () => {
    const text = checkInsCsv(
      [
        checkIn('2026-03-03', {
          swelling: 'moderate',
          temperatureC: 38.5,
          feverish: true,
          redness: 'spreading',
          pain: 'increasing',
          discharge: true,
          warmth: false,
          // Codes the rules do not raise, so the stored words are written as they are (a flag the
          // rules do raise is worded in the language in use: test/i18n/content-languages.test.ts).
          flags: [
            { level: 'urgent', code: 'stored-urgent', message: 'Seek medical help today.' },
            { level: 'info', code: 'x', message: 'Swelling is normal, for now.' },
          ],
          note: 'Itchy',
        }),
        checkIn('2026-02-27'),
      ],
      plan,
    );
    const rows = parse(papa, text.slice(1));
    expect(rows[0]).to.deep.equal([...checkInColumns()]);
    expect(rows[0]).to.deep.equal([
      'Date',
      'Day of healing',
      'Swelling',
      'Temperature (°C)',
      'Temperature (°F)',
      'Redness',
      'Pain',
      'Feeling feverish',
      'Discharge',
      'Warmth',
      'Flags',
      'Note',
    ]);
    // Before the first session there is no day of healing; unanswered questions are empty cells.
    expect(rows[1]).to.deep.equal(['2026-02-27', '', 'none', '', '', '', '', 'no', 'no', 'no', '', '']);
    expect(rows[2]).to.deep.equal([
      '2026-03-03',
      '3',
      'moderate',
      '38.5',
      '101.3',
      'spreading beyond it',
      'increasing',
      'yes',
      'yes',
      'no',
      'Urgent: Seek medical help today.\nGood to know: Swelling is normal, for now.',
      'Itchy',
    ]);
    expect(rows).to.have.length(3);
  });

  it('keeps notes with commas, quotes, line breaks and any script as written, and a leading "=" inert', () => {
    const notes = [
      'Washed, dried, moisturised',
      'She said "looks fine", then left',
      'Line one\nLine two\r\nLine three',
      'Café, señor, 日本語, ½ °C 🙂',
      '=HYPERLINK("http://example.com","click")',
      '+1 day, -2 days, @everyone',
      '  =1+1',
      '',
    ];
    const text = checkInsCsv(
      notes.map((note, i) => checkIn(`2026-03-${String(10 + i)}`, { note })),
      plan,
    );
    const read = parse(papa, text.slice(1)).slice(1);
    expect(read.map((row) => row[11])).to.deep.equal([
      'Washed, dried, moisturised',
      'She said "looks fine", then left',
      'Line one\nLine two\r\nLine three',
      'Café, señor, 日本語, ½ °C 🙂',
      `'=HYPERLINK("http://example.com","click")`,
      `'+1 day, -2 days, @everyone`,
      `'  =1+1`,
      '',
    ]);
    // Every row still has all its columns: nothing in a note split a row.
    expect(read.every((row) => row.length === checkInColumns().length)).to.equal(true);
  });

  it('writes UTF-8 with a byte order mark, and names the file for the day', async () => {
    const file = checkInsCsvFile([checkIn('2026-03-02', { note: 'Crème' })], plan, '2026-03-05' as IsoDate);
    expect(file.name).to.equal('smp-check-ins-2026-03-05.csv');
    expect(file.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(parse(papa, text)[1]?.[11]).to.equal('Crème');
  });

  it('neutralises only what a spreadsheet would read as a formula', () => {
    for (const risky of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', ' =1'])
      expect(neutraliseFormula(risky), JSON.stringify(risky)).to.equal(`'${risky}`);
    for (const safe of ['1+1', 'a=b', 'Day -1', "'quoted", ''])
      expect(neutraliseFormula(safe), JSON.stringify(safe)).to.equal(safe);
    // Numbers are written as numbers (a negative one is no formula), empty cells as nothing.
    expect(toCsv([[-1.5, null, 'x']])).to.equal('-1.5,,x\r\n');
  });

  it('reads back any text exactly (made inert where it could start a formula)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const read = parse(papa, toCsv(rows));
          expect(read).to.deep.equal(rows.map((row) => row.map(neutraliseFormula)));
        },
      ),
    );
  });
});
