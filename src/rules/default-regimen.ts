/**
 * The built-in aftercare regimen, after the clinic aftercare text in `SOURCE.md`.
 * Texts are our own words; `source` points at the passage each rule comes from.
 * Where the source contradicts itself the stricter reading wins (no shaving: 10 days, not 5).
 *
 * Its name, titles, texts and milestones are getters: msg() gives them in the language active when
 * they are read, so every screen, the report and the calendar show the built-in regimen in the
 * person's language, from this one English source. It is never stored (a journal, a plan message
 * and a link hold `null` for it), so no stored text changes; a regimen a person or technician
 * wrote keeps its words as written. The source quotes stay in the clinic text's own English.
 */
import { msg } from '@lit/localize';
import { RESERVED_REGIMEN } from './schema.ts';
import type { Regimen, SourcePointer } from './types.ts';

const UP_TO_DAY_5 = 'Aftercare Up To Day 5';
const CHECKLIST = 'Aftercare Checklist for the first days following treatment';
const DAY_6_TO_10 = 'Aftercare Day 6 to Day 10';
const DAY_30 = 'Aftercare Day 30';
const WHAT_NEXT = 'Aftercare Following Your SMP Treatment – What Happens Next?';

/** The default regimen; rule ids are stable API. */
export const DEFAULT_REGIMEN = {
  format: 1,
  id: RESERVED_REGIMEN.id,
  get name() {
    return msg('Standard SMP aftercare');
  },
  levels: { strictUntilDay: 5, cautionUntilDay: 10, limitedUntilDay: 30 },
  rules: [
    {
      id: 'keep-dry',
      kind: 'avoid',
      window: { anchor: 'each-session', fromDay: 1, toDay: 5 },
      get title() {
        return msg('Keep your scalp dry');
      },
      get text() {
        return msg('No showers and nothing that wets the scalp. Damp is fine, wet is not.');
      },
      get milestone() {
        return msg('Washing your head allowed (gently, with cold water)');
      },
      source: { section: UP_TO_DAY_5, quote: 'not under any circumstances should you make the scalp wet' },
    },
    {
      id: 'damp-cloth',
      kind: 'do',
      window: { anchor: 'each-session', fromDay: 1, toDay: 5 },
      get title() {
        return msg('Clean with a damp cloth');
      },
      get text() {
        return msg('Dab the scalp with a damp (not wet) cloth to keep it clean. Dab, never rub.');
      },
      source: { section: UP_TO_DAY_5, quote: 'You can dab a damp cloth over the scalp area to keep it clean' },
    },
    {
      id: 'hat-in-bed',
      kind: 'do',
      window: { anchor: 'each-session', fromDay: 1, toDay: 5 },
      get title() {
        return msg('Cover your head in bed');
      },
      get text() {
        return msg('Sleep in a loose, dry, comfortable hat or head covering to protect the scalp.');
      },
      source: { section: UP_TO_DAY_5, quote: 'In bed you can cover the scalp with a hat' },
    },
    {
      id: 'hydrate',
      kind: 'do',
      window: { anchor: 'each-session', fromDay: 1, toDay: 5 },
      get title() {
        return msg('Drink plenty of fluids');
      },
      get text() {
        return msg('Keep yourself well hydrated with water and other fluids while the skin starts to heal.');
      },
      source: { section: UP_TO_DAY_5, quote: 'make sure you take on plenty of water and fluids' },
    },
    {
      id: 'no-shaving',
      kind: 'avoid',
      window: { anchor: 'each-session', fromDay: 1, toDay: 10 },
      get title() {
        return msg('Do not shave');
      },
      get text() {
        return msg('No shaving of any kind, with a razor or an electric shaver, for at least these first 10 days.');
      },
      get milestone() {
        return msg('Electric foil shaver allowed once every scab has gone (rather than a razor)');
      },
      source: { section: CHECKLIST, quote: 'Do not shave the scalp at all for the first 10 days at least' },
    },
    {
      id: 'no-touching',
      kind: 'avoid',
      window: { anchor: 'each-session', fromDay: 1, toDay: 10 },
      get title() {
        return msg('Keep your hands off');
      },
      get text() {
        return msg('Touching the scalp can bring in bacteria. If you really must, wash your hands first.');
      },
      get milestone() {
        return msg('The 10 hands-off days are over: still touch only with washed hands');
      },
      source: { section: CHECKLIST, quote: 'Touching the scalp with any part of the hands may cause infection' },
    },
    {
      id: 'no-picking',
      kind: 'avoid',
      window: { anchor: 'each-session', fromDay: 1, toDay: 10 },
      get title() {
        return msg('No scratching or picking');
      },
      get text() {
        return msg('Leave the small scabs alone: picking, rubbing or scratching can pull the pigment out with them.');
      },
      get milestone() {
        return msg('The 10 days without scratching are over: still never pick the scabs');
      },
      source: { section: CHECKLIST, quote: 'if you remove any skin with your fingers you may be removing the pigment' },
    },
    {
      id: 'no-shampoo',
      kind: 'avoid',
      window: { anchor: 'each-session', fromDay: 1, toDay: 10 },
      get title() {
        return msg('No shampoo or scrubbing');
      },
      get text() {
        return msg('Shampoo contains chemicals, and scrubbing can reopen the tiny wounds. Let them close.');
      },
      get milestone() {
        return msg('End of the 10 days without shampoo');
      },
      source: { section: CHECKLIST, quote: 'Don’t shampoo, wash or scrub the scalp' },
    },
    {
      id: 'no-chemicals',
      kind: 'avoid',
      window: { anchor: 'each-session', fromDay: 1, toDay: 10 },
      get title() {
        return msg('No chemical products on the scalp');
      },
      get text() {
        return msg(
          'Put nothing that contains chemicals on the treated skin: no styling products, perfumed lotions or hair treatments. From day 6, a mild, natural soap and a natural moisturiser without perfume are the exceptions.',
        );
      },
      get milestone() {
        return msg('End of the 10 days without chemical products (never AHAs)');
      },
      source: { section: DAY_6_TO_10, quote: 'Avoid putting anything containing chemicals on to the scalp' },
    },
    {
      id: 'no-sweating',
      kind: 'avoid',
      window: { anchor: 'each-session', fromDay: 1, toDay: 10 },
      get title() {
        return msg('No heavy sweating');
      },
      get text() {
        return msg('No intense exercise or anything that makes you sweat a lot. From day 6 light exercise is fine.');
      },
      get milestone() {
        return msg('The 10 days without heavy sweating are over: ask your technician before intense exercise');
      },
      source: { section: CHECKLIST, quote: 'No intense exercise which will make you perspire a lot' },
    },
    {
      id: 'gentle-wash',
      kind: 'do',
      window: { anchor: 'each-session', fromDay: 6, toDay: 10 },
      get title() {
        return msg('Wash gently with cold water');
      },
      get text() {
        return msg('You may wash your head gently with cold water and a mild, natural soap. Leave the scabs on.');
      },
      get milestone() {
        return msg('A mild, natural soap may be used when washing');
      },
      source: { section: DAY_6_TO_10, quote: 'You can wash your head with cold water but do so gently' },
    },
    {
      id: 'moisturise',
      kind: 'do',
      window: { anchor: 'each-session', fromDay: 6, toDay: 10 },
      get title() {
        return msg('Moisturise up to 3 times a day');
      },
      get text() {
        return msg('With clean hands, apply a natural moisturiser without perfume, up to three times a day.');
      },
      get milestone() {
        return msg('Start moisturising (unperfumed, up to 3× a day)');
      },
      timesPerDay: 3,
      source: { section: DAY_6_TO_10, quote: 'use moisturiser as much as three times a day' },
    },
    {
      id: 'cover-from-sun',
      kind: 'avoid',
      window: { anchor: 'each-session', fromDay: 1, toDay: 30 },
      get title() {
        return msg('Stay out of the sun');
      },
      get text() {
        return msg('Long sun exposure fades fresh pigment. Cover your scalp completely when outside.');
      },
      get milestone() {
        return msg('Sun allowed with SPF 30–50 on the scalp');
      },
      source: { section: CHECKLIST, quote: 'long periods in the sun can lead to the pigmentation in the scalp fading' },
    },
    {
      id: 'no-pools-saunas',
      kind: 'avoid',
      window: { anchor: 'each-session', fromDay: 1, toDay: 30 },
      get title() {
        return msg('No swimming, saunas or sunbeds');
      },
      get text() {
        return msg('No swimming or chlorinated pools, saunas, steam rooms or tanning beds.');
      },
      get milestone() {
        return msg('Swimming, saunas and sunbeds allowed');
      },
      source: { section: WHAT_NEXT, quote: 'for at least a month after your last SMP treatment' },
    },
    {
      id: 'sunscreen',
      kind: 'do',
      window: { anchor: 'each-session', fromDay: 31, toDay: null },
      get title() {
        return msg('Use sunscreen on your scalp');
      },
      get text() {
        return msg('Protect the pigment with SPF 30 to 50 on the scalp whenever you are in the sun.');
      },
      get milestone() {
        return msg('Sunscreen on the scalp from now on');
      },
      source: { section: DAY_30, quote: 'Use 30 to 50 SPF sunscreen' },
    },
    {
      id: 'daily-moisturiser',
      kind: 'do',
      window: { anchor: 'each-session', fromDay: 31, toDay: null },
      get title() {
        return msg('Moisturise daily');
      },
      get text() {
        return msg('Moisturise the scalp every day, and take care to keep it from looking shiny.');
      },
      get milestone() {
        return msg('Daily moisturising from now on');
      },
      source: { section: DAY_30, quote: 'Use moisturiser on the scalp daily' },
    },
    {
      id: 'no-aha',
      kind: 'avoid',
      window: { anchor: 'each-session', fromDay: 1, toDay: null },
      get title() {
        return msg('Never use AHAs');
      },
      get text() {
        return msg('Alpha hydroxy acids such as glycolic acid fade the pigment: avoid them, now and after healing.');
      },
      source: { section: CHECKLIST, quote: 'during recovery and after recovery AHA’s should always be avoided' },
    },
    {
      id: 'no-blood-donation',
      kind: 'avoid',
      window: { anchor: 'final-session', fromDay: 1, toYears: 1 },
      get title() {
        return msg('Do not donate blood');
      },
      get text() {
        return msg('Wait at least a year after your final session before giving blood.');
      },
      get milestone() {
        return msg('Blood donation allowed again');
      },
      source: { section: WHAT_NEXT, quote: 'refrain from donating blood for at least a year' },
    },
  ],
} satisfies Regimen;

/**
 * The clinic's standing advice that its text is an outline and the technician has the full
 * information. It holds for any regimen, so the card and the report carry it whichever is in use.
 */
export const ASK_YOUR_TECHNICIAN = {
  get text() {
    return msg(
      'This is an outline to guide you: for full information about your aftercare, always ask your technician.',
    );
  },
  source: { section: WHAT_NEXT, quote: 'Always ask your scalp micropigmentation technician for full information' },
} satisfies { readonly text: string; readonly source: SourcePointer };
