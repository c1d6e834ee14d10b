import { expect } from 'chai';
import { html, type TemplateResult } from 'lit';
import '../../src/components/check-in-form/check-in-form.ts';
import '../../src/components/check-in-history/check-in-history.ts';
import '../../src/components/day-nav/day-nav.ts';
import '../../src/components/first-run/first-run.ts';
import '../../src/components/flag-list/flag-list.ts';
import '../../src/components/handover-confirm/regimen-changes.ts';
import '../../src/components/link-paste/link-paste.ts';
import '../../src/components/plan-editor/plan-editor.ts';
import '../../src/components/regimen-builder/regimen-builder.ts';
import { draftOf } from '../../src/components/regimen-builder/draft.ts';
import '../../src/components/report-form/report-form.ts';
import '../../src/components/settings-panel/settings-panel.ts';
import '../../src/components/status-card/status-card.ts';
import type { CheckInRecord } from '../../src/journal/records.ts';
import { DEFAULT_REGIMEN, statusOn, type IsoDate, type SymptomFlag } from '../../src/rules/index.ts';
import { DARK_LEVEL_TONES, LEVEL_TONES } from '../../src/vocabulary/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture } from '../helpers/fixture.ts';

// The components in the dark theme: the page's root gets `color-scheme: dark`, as pwa/index.html's
// styles give it for `data-theme="dark"` (or a dark system), and every component follows it.

const PLAN = { sessions: [{ date: '2026-03-01' }, { date: '2026-04-20', final: true }] };
const FLAGS: SymptomFlag[] = [
  { level: 'urgent', code: 'fever-with-site-signs', message: 'Seek medical help now.' },
  { level: 'watch', code: 'swelling', message: 'Contact your technician.' },
  { level: 'info', code: 'swelling-normal', message: 'A little swelling is normal.' },
];
const CHECK_IN: CheckInRecord = {
  date: '2026-03-06' as IsoDate,
  swelling: 'moderate',
  temperatureC: 38.5,
  redness: 'spreading',
  discharge: true,
  note: 'Woke up hot.',
  flags: FLAGS.slice(0, 2),
  savedAt: '2026-03-06T20:00:00.000Z',
};
const dayOf = (date: string) => statusOn(PLAN, date).day;

/** The `rgb()` a `#rrggbb` colour computes to. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** A card on each level's day: day 3 strict, 7 careful, 12 limited, 40 long-term care, and before any session. */
const LEVEL_DAYS = { strict: '2026-03-03', caution: '2026-03-07', limited: '2026-03-12', clear: '2026-04-09' } as const;

const COMPONENTS: [string, () => TemplateResult][] = [
  ...Object.entries(LEVEL_DAYS).map(([level, date]): [string, () => TemplateResult] => [
    `the status card (${level})`,
    () =>
      html`<smp-status-card
        .status=${statusOn({ sessions: [{ date: '2026-03-01' }] }, date)}
        .flag=${level === 'strict' ? 'urgent' : level === 'caution' ? 'watch' : null}
        .adherence=${{ date, counts: {} }}
        is-today
      ></smp-status-card>`,
  ]),
  [
    'the status card (no session)',
    () => html`<smp-status-card .status=${statusOn({ sessions: [] }, '2026-03-03')}></smp-status-card>`,
  ],
  ['the flag list', () => html`<smp-flag-list .flags=${FLAGS}></smp-flag-list>`],
  [
    'the check-in form with an urgent flag',
    () => html`<smp-check-in-form date="2026-03-06" .day=${6} unit="C" .value=${CHECK_IN}></smp-check-in-form>`,
  ],
  [
    'the check-in history',
    () => html`<smp-check-in-history .checkIns=${[CHECK_IN]} unit="C" .dayOf=${dayOf}></smp-check-in-history>`,
  ],
  ['the day navigator', () => html`<smp-day-nav date="2026-03-03" today="2026-03-05"></smp-day-nav>`],
  [
    'the first-run form with an error',
    () => html`<smp-first-run today="2026-03-03" .error=${'Pick a date.'}></smp-first-run>`,
  ],
  [
    'the plan editor',
    () => html`<smp-plan-editor .plan=${PLAN} today="2026-03-03" .error=${'Not saved.'}></smp-plan-editor>`,
  ],
  [
    'the report form',
    () =>
      html`<smp-report-form
        today="2026-03-20"
        .plan=${PLAN}
        .areas=${['crown']}
        .error=${'No photos.'}
      ></smp-report-form>`,
  ],
  [
    'the settings panel',
    () =>
      html`<smp-settings-panel
        theme="dark"
        .health=${{ usage: 1_500_000, quota: 300_000_000, persisted: false }}
      ></smp-settings-panel>`,
  ],
  ['the link paste', () => html`<smp-link-paste .regimen=${DEFAULT_REGIMEN}></smp-link-paste>`],
  [
    'the regimen changes',
    () =>
      html`<smp-regimen-changes
        .current=${DEFAULT_REGIMEN}
        .incoming=${{ ...DEFAULT_REGIMEN, id: 'studio', name: 'Ink & Co', levels: { ...DEFAULT_REGIMEN.levels, strictUntilDay: 3 } }}
      ></smp-regimen-changes>`,
  ],
  [
    'the regimen builder',
    () => html`<smp-regimen-builder .draft=${draftOf(DEFAULT_REGIMEN)} today="2026-03-01"></smp-regimen-builder>`,
  ],
];

describe('the dark theme', () => {
  // The page behind them as pwa/index.html paints it (some components draw no background of their own).
  beforeEach(() => {
    document.documentElement.style.colorScheme = 'dark';
    document.documentElement.style.background = 'light-dark(#f3f1ed, #121518)';
  });
  afterEach(() => document.documentElement.removeAttribute('style'));

  it('gives each level its dark colours on the card (and the light ones without it)', async () => {
    for (const [level, date] of Object.entries(LEVEL_DAYS) as [keyof typeof LEVEL_DAYS, string][]) {
      const card = await fixture<HTMLElement>(
        html`<smp-status-card .status=${statusOn({ sessions: [{ date: '2026-03-01' }] }, date)}></smp-status-card>`,
      );
      const header = card.shadowRoot!.querySelector('header')!;
      expect(getComputedStyle(header).backgroundColor, level).to.equal(rgb(DARK_LEVEL_TONES[level].background));
      expect(getComputedStyle(card.shadowRoot!.querySelector('.level')!).color, level).to.equal(
        rgb(DARK_LEVEL_TONES[level].ink),
      );
      document.documentElement.style.colorScheme = 'light';
      expect(getComputedStyle(header).backgroundColor, `${level}, light`).to.equal(rgb(LEVEL_TONES[level].background));
      document.documentElement.style.colorScheme = 'dark';
    }
  });

  for (const [name, template] of COMPONENTS) {
    it(`passes axe (colour contrast included) in ${name}`, async () => {
      const el = await fixture<HTMLElement>(template());
      // The component really is dark: its text is light (the page's own default ink is dark).
      const ink = getComputedStyle(el).color.match(/\d+/g)!.slice(0, 3).map(Number);
      expect(Math.min(...ink), `${name} draws light text`).to.be.above(150);
      await expectNoAxeViolations(el);
    });
  }
});
