import { expect } from 'chai';
import fc from 'fast-check';
import { deleteDB } from 'idb';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import { calendarEvents } from '../../src/export/calendar-events.ts';
import { checkInsCsv } from '../../src/export/check-ins-csv.ts';
import { makeHandout } from '../../src/export/handout.ts';
import { toPdfText } from '../../src/export/pdf-text.ts';
import { makeReport } from '../../src/export/report.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import type { CheckInRecord } from '../../src/journal/records.ts';
import type { ReminderTime } from '../../src/reminder/photo-reminder.ts';
import { useLanguage } from '../../src/i18n/localize.ts';
import {
  DEFAULT_REGIMEN,
  assessSymptoms,
  dayOfHealing,
  describeDate,
  describeDateLong,
  milestones,
  rewordFlags,
  shiftDays,
  statusOn,
  type IsoDate,
  type Regimen,
} from '../../src/rules/index.ts';
import { FLAG_WORDS, LEVEL_LABELS, SWELLING_WORDS, formatTemperature, listed } from '../../src/vocabulary/index.ts';

GlobalWorkerOptions.workerSrc = '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs';

const PLAN = { sessions: [{ date: '2026-03-01' }] };
const DAY_3 = '2026-03-03';

/** Every page's text of a PDF file, as pdf.js (an independent reader) reads it. */
async function pdfText(file: File): Promise<{ text: string; size: number[] }> {
  const pdf = await getDocument({ data: new Uint8Array(await file.arrayBuffer()) }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const [, , w, h] = (await pdf.getPage(1)).view as number[];
  return { text: texts.join('\n'), size: [Math.round(w ?? 0), Math.round(h ?? 0)] };
}

// A technician's regimen, stored with its own words: no language changes them.
const CUSTOM: Regimen = {
  format: 1,
  id: 'studio-north',
  name: 'Studio North aftercare',
  levels: { strictUntilDay: 3, cautionUntilDay: 10, limitedUntilDay: 30 },
  rules: [
    {
      id: 'keep-dry',
      kind: 'avoid',
      window: { anchor: 'each-session', fromDay: 1, toDay: 3 },
      title: 'Keep it dry, our way',
      text: 'Our own words about water.',
      milestone: 'Water is fine again',
    },
  ],
};

describe('the content in each language (real @lit/localize catalogues)', () => {
  afterEach(() => useLanguage('en-GB'));

  it('shows the built-in regimen of day 3, its level and its badge in Spanish', async () => {
    const english = statusOn(PLAN, DAY_3);
    expect(english.active.map((r) => r.title)).to.include('Keep your scalp dry');
    await useLanguage('es');
    const status = statusOn(PLAN, DAY_3);
    const titles = status.active.map((r) => r.title);
    expect(titles).to.include('Mantenga el cuero cabelludo seco');
    expect(titles).to.include('Limpie con un paño húmedo');
    expect(status.active.find((r) => r.id === 'keep-dry')?.text).to.equal(
      'Nada de duchas ni de nada que moje el cuero cabelludo. Húmedo está bien; mojado, no.',
    );
    expect(status.active.map((r) => r.id)).to.deep.equal(english.active.map((r) => r.id));
    expect(LEVEL_LABELS[status.level]).to.equal('Cuidado estricto');
    expect(status.badge.title).to.equal(
      'Día 3 · Cuidado estricto: mantenga el cuero cabelludo seco hasta el jue, 5 mar 2026',
    );
    expect(status.nextChange?.message).to.equal('Ya puede lavarse la cabeza (con suavidad y con agua fría)');
    expect(DEFAULT_REGIMEN.name).to.equal('Cuidados SMP estándar');
    expect(milestones(PLAN).find((m) => m.ruleId === 'no-sweating')?.summary).to.equal(
      'Día 11: Terminan los 10 días sin sudar mucho: consulte a su técnico antes de hacer ejercicio intenso',
    );
  });

  it('words flags, check-in answers, lists and numbers in Spanish', async () => {
    await useLanguage('es');
    const [flag] = assessSymptoms({ swelling: 'moderate', temperatureC: 38.5, warmth: true }, 3);
    expect(flag?.level).to.equal('urgent');
    expect(flag?.message).to.equal(
      'Busque ayuda médica ahora: una temperatura de 38,5 °C junto con hinchazón moderada y calor puede indicar una infección que se está extendiendo. Llame hoy a un médico o a urgencias, e informe a su técnico.',
    );
    expect(FLAG_WORDS.watch).to.equal('Pida consejo');
    expect(SWELLING_WORDS.choices.severe).to.equal('Intensa');
    expect(listed(['a', 'b', 'c'])).to.equal('a, b y c');
    expect(formatTemperature(38.5, 'C')).to.equal('38,5 °C');
  });

  it('words dates as each language does, in any time zone: en-GB, en-US "Dec 1, 2026", es "1 dic 2026"', async () => {
    const date = '2026-12-01' as IsoDate;
    expect([describeDate(date), describeDateLong(date)]).to.deep.equal(['Tue 1 Dec 2026', '1 December 2026']);
    await useLanguage('en-US');
    expect([describeDate(date), describeDateLong(date)]).to.deep.equal(['Tue, Dec 1, 2026', 'December 1, 2026']);
    await useLanguage('es');
    expect([describeDate(date), describeDateLong(date)]).to.deep.equal(['mar, 1 dic 2026', '1 de diciembre de 2026']);
  });

  for (const language of ['en-US', 'es'] as const) {
    it(`says what Intl says in ${language} for any date from 1970 to 2200`, async () => {
      await useLanguage(language);
      const options = { timeZone: 'UTC' } as const;
      const short = new Intl.DateTimeFormat(language, {
        ...options,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      });
      const long = new Intl.DateTimeFormat(language, { ...options, day: 'numeric', month: 'long', year: 'numeric' });
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 84_000 }), (offset) => {
          const date = shiftDays('1970-01-01' as IsoDate, offset);
          const [y, m, d] = date.split('-').map(Number) as [number, number, number];
          const utc = new Date(Date.UTC(y, m - 1, d));
          return describeDate(date) === short.format(utc) && describeDateLong(date) === long.format(utc);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('gives the .ics events their titles, descriptions and alarm in Spanish', async () => {
    await useLanguage('es');
    const events = calendarEvents(PLAN, DEFAULT_REGIMEN, { photoReminder: '09:00' as ReminderTime });
    const session = events.find((e) => e.uid?.startsWith('session.'));
    expect([session?.title, session?.calName]).to.deep.equal(['Sesión de tratamiento SMP (día 1)', 'Cuidados SMP']);
    const sweat = events.find((e) => e.uid?.startsWith('no-sweating.'));
    expect(sweat?.title).to.equal(
      'Día 11: Terminan los 10 días sin sudar mucho: consulte a su técnico antes de hacer ejercicio intenso',
    );
    expect(sweat?.description).to.equal(
      'Desde el mié, 11 mar 2026: terminan los 10 días sin sudar mucho: consulte a su técnico antes de hacer ejercicio intenso.',
    );
    const reminder = events.find((e) => e.uid?.startsWith('photo-reminder'));
    expect(reminder?.title).to.equal('Es la hora de la foto de curación de hoy');
    expect(reminder?.alarms?.[0]?.description).to.equal('Es la hora de la foto de curación de hoy');
    expect(JSON.stringify(events)).not.to.match(/Exercise and sweating allowed|heavy sweating are over|Time for today/);
  });

  it('writes the CSV header in Spanish', async () => {
    await useLanguage('es');
    const [header] = checkInsCsv([], PLAN)
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    expect(header).to.equal(
      'Fecha,Día de curación,Hinchazón,Temperatura (°C),Temperatura (°F),Enrojecimiento,Dolor,Sensación de fiebre,Secreción,Calor,Avisos,Nota',
    );
  });

  it('words a flag saved in another language in the language in use, by its code and level', async () => {
    const savedAt = '2026-03-03T10:00:00.000Z';
    const day3 = {
      date: DAY_3 as IsoDate,
      swelling: 'moderate',
      temperatureC: 38.5,
      warmth: true,
      note: '',
      savedAt,
    } as const;
    const day2 = { date: '2026-03-02' as IsoDate, swelling: 'mild', note: '', savedAt } as const;
    const saved: [CheckInRecord, CheckInRecord] = [
      { ...day3, flags: assessSymptoms(day3, 3, day2) },
      // A flag its check-in would no longer raise (stored by an older version, say): kept as stored.
      { ...day2, flags: [{ level: 'watch', code: 'retired-code', message: 'Words of an older version.' }] },
    ];
    // In the language they were saved in, nothing changes: the very same records come back.
    const same = rewordFlags(saved, PLAN);
    expect(same[0]).to.equal(saved[0]);
    expect(same[1]).to.equal(saved[1]);
    await useLanguage('es');
    const worded = rewordFlags(saved, PLAN);
    expect(worded[0]?.flags.map((f) => [f.level, f.code])).to.deep.equal(saved[0].flags.map((f) => [f.level, f.code]));
    expect(worded[0]?.flags[0]?.message).to.equal(
      'Busque ayuda médica ahora: una temperatura de 38,5 °C junto con hinchazón moderada y calor puede indicar una infección que se está extendiendo. Llame hoy a un médico o a urgencias, e informe a su técnico.',
    );
    expect(worded[1]).to.equal(saved[1]);
    // A stored check-in the rules refuse to assess (a temperature no reading gives) keeps its words.
    const impossible: CheckInRecord = {
      ...day3,
      temperatureC: 50,
      flags: [{ level: 'urgent', code: 'fever-with-site-signs', message: 'Stored words.' }],
    };
    expect(rewordFlags([impossible], PLAN)[0]).to.equal(impossible);
    expect(dayOfHealing(PLAN, DAY_3)).to.equal(3);
    expect(dayOfHealing(PLAN, '0000-01-01')).to.equal(null);
    // The spreadsheet, made in Spanish, says the same.
    const csv = checkInsCsv(saved, PLAN);
    expect(csv).to.include('Busque ayuda médica ahora: una temperatura de 38,5 °C');
    expect(csv).not.to.include('Seek medical help now');
  });

  it('keeps a stored custom regimen’s words in every language', async () => {
    for (const language of ['en-GB', 'en-US', 'es'] as const) {
      await useLanguage(language);
      const status = statusOn(PLAN, DAY_3, CUSTOM);
      expect(status.active.map((r) => [r.title, r.text])).to.deep.equal([
        ['Keep it dry, our way', 'Our own words about water.'],
      ]);
      expect(milestones(PLAN, CUSTOM)[1]?.summary).to.match(/Water is fine again$/);
      expect(CUSTOM.rules[0]?.title).to.equal('Keep it dry, our way');
    }
  });

  it('draws Spanish accents in the PDF font as they are', () => {
    expect(toPdfText('¿Qué? ¡Sí! Añada: á é í ó ú ñ Ñ ü')).to.deep.equal({
      text: '¿Qué? ¡Sí! Añada: á é í ó ú ñ Ñ ü',
      replaced: false,
    });
  });

  it('makes the handout in Spanish on Letter paper, accents intact', async () => {
    await useLanguage('es');
    const { text, size } = await pdfText(await makeHandout(DEFAULT_REGIMEN, 'https://example.test/#r=1', 'letter'));
    expect(size).to.deep.equal([612, 792]);
    expect(text).to.include('Cuidados SMP estándar');
    expect(text).to.include('Sus cuidados, día a día');
    expect(text).to.include('Mantenga el cuero cabelludo seco');
    expect(text).to.include('Cuidado estricto');
    expect(text).not.to.include('Keep your scalp dry');
  });

  it('makes the progress report in Spanish, accents intact', async () => {
    const name = `test-i18n-report-${Date.now()}`;
    const store = await IdbJournalStore.open(name);
    try {
      // The check-in was saved in English; the report, made in Spanish, words its flag in Spanish.
      await store.savePlan(PLAN);
      const checkIn = { swelling: 'moderate', pain: 'severe' } as const;
      const flags = assessSymptoms(checkIn, 3);
      expect(flags.map((f) => f.message)).to.include(
        'Severe pain is not part of normal healing. Contact your technician and see a doctor.',
      );
      await useLanguage('es');
      await store.saveCheckIn({
        ...checkIn,
        date: DAY_3 as IsoDate,
        note: 'Un poco de picor',
        flags,
        savedAt: new Date().toISOString(),
      });
      const options = {
        from: '2026-03-01',
        to: '2026-03-05',
        areas: ['crown'],
        clientName: 'Núria Ibáñez',
        pageSize: 'a4',
      } as const;
      const { text, size } = await pdfText(
        await makeReport(store, {
          ...options,
          from: options.from as IsoDate,
          to: options.to as IsoDate,
          areas: [...options.areas],
        }),
      );
      expect(size).to.deep.equal([595, 842]);
      for (const words of [
        'Informe de evolución de la curación',
        'Cliente: Núria Ibáñez',
        'Coronilla',
        'Día 3 · mar, 3 mar 2026 · Cuidado estricto',
        'Hinchazón: moderada',
        'Dolor: intenso',
        'Un dolor intenso no forma parte de una curación normal.',
        'Nota: Un poco de picor',
        'Página 1 de 1',
      ])
        expect(text).to.include(words);
    } finally {
      store.close();
      await deleteDB(name);
    }
  });
});
