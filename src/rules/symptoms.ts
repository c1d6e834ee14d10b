/**
 * `assessSymptoms`: flags for a daily check-in, after docs/DESIGN.md ("Symptoms and when to get
 * help"). Never a diagnosis: each flag says what to do. A small amount of swelling in the first
 * days is normal; more, or growing swelling, may mean infection; a fever alone is most likely
 * unrelated to SMP; a fever with any sign at the treated site is urgent (AAD on tattoo
 * infections, NHS on cellulitis).
 */
import { msg, str } from '@lit/localize';
import type { Advice, CheckIn, FlagLevel, OpenFlagLevel, SymptomFlag } from './types.ts';
// The vocabulary is pure and compiles under this folder's no-DOM tsconfig (see src/vocabulary/README.md).
import { listed, localDecimal } from '../vocabulary/words.ts';

/** Temperatures outside this range (°C) are refused as mistyped. */
export const TEMPERATURE_RANGE_C = { min: 30, max: 45 } as const;
/** A temperature at or above this (°C) is a fever. */
export const FEVER_FROM_C = 38;
/** Mild swelling is expected up to this day of a session. */
export const NORMAL_SWELLING_UNTIL_DAY = 5;

const SWELLING_ORDER = { none: 0, mild: 1, moderate: 2, severe: 3 } as const;
const LEVEL_ORDER = { urgent: 0, watch: 1, info: 2 } as const satisfies Record<FlagLevel, number>;

/** The signs at the treated site that, together with a fever, make it urgent. */
function siteSigns(checkIn: CheckIn, previous: CheckIn | undefined): string[] {
  const signs: string[] = [];
  if (checkIn.swelling === 'severe') signs.push(msg('severe swelling'));
  else if (checkIn.swelling === 'moderate') signs.push(msg('moderate swelling'));
  else if (previous && SWELLING_ORDER[checkIn.swelling] > SWELLING_ORDER[previous.swelling])
    signs.push(msg('growing swelling'));
  if (checkIn.redness === 'spreading') signs.push(msg('spreading redness'));
  if (checkIn.discharge) signs.push(msg('discharge or pus'));
  if (checkIn.pain === 'increasing') signs.push(msg('increasing pain'));
  else if (checkIn.pain === 'severe') signs.push(msg('severe pain'));
  if (checkIn.warmth) signs.push(msg('warmth'));
  return signs;
}

function checkTemperature(checkIn: CheckIn): void {
  const t = checkIn.temperatureC;
  if (t === undefined) return;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < TEMPERATURE_RANGE_C.min || t > TEMPERATURE_RANGE_C.max) {
    throw new RangeError(
      `The temperature ${JSON.stringify(t)} °C is outside ${TEMPERATURE_RANGE_C.min}–${TEMPERATURE_RANGE_C.max} °C; please check the reading.`,
    );
  }
}

/**
 * Flags for a check-in on day `day` of the current session (null with no session), compared with
 * the previous check-in when given. Sorted with the most serious first; empty when nothing needs
 * attention. Throws a RangeError for a temperature outside 30–45 °C.
 */
export function assessSymptoms(checkIn: CheckIn, day: number | null, previous?: CheckIn): SymptomFlag[] {
  if (!checkIn || !(checkIn.swelling in SWELLING_ORDER)) {
    throw new TypeError(
      `The check-in swelling ${JSON.stringify(checkIn?.swelling)} is not one of none, mild, moderate, severe.`,
    );
  }
  checkTemperature(checkIn);
  const flags: SymptomFlag[] = [];
  const measuredFever = checkIn.temperatureC !== undefined && checkIn.temperatureC >= FEVER_FROM_C;
  const fever = measuredFever || checkIn.feverish === true;
  const degrees = localDecimal(String(checkIn.temperatureC));
  const feverWords = measuredFever ? msg(str`a temperature of ${degrees} °C`) : msg('feeling feverish');
  const signs = siteSigns(checkIn, previous);
  const signList = listed(signs);

  if (fever && signs.length > 0) {
    flags.push({
      level: 'urgent',
      code: 'fever-with-site-signs',
      message: msg(
        str`Seek medical help now: ${feverWords} together with ${signList} can mean an infection that is spreading. Call a doctor or urgent care today, and tell your technician.`,
      ),
    });
  } else if (fever) {
    flags.push({
      level: 'watch',
      code: 'fever',
      message: measuredFever
        ? msg(
            'A fever on its own is most likely not caused by the SMP. See a doctor if you feel unwell, and check the scalp again tomorrow.',
          )
        : msg(
            'Feeling feverish on its own is most likely not caused by the SMP. See a doctor if you feel unwell, and check the scalp again tomorrow.',
          ),
    });
  }

  const swelling = SWELLING_ORDER[checkIn.swelling];
  const grew = previous !== undefined && swelling > SWELLING_ORDER[previous.swelling];
  if (swelling >= SWELLING_ORDER.moderate) {
    flags.push({
      level: 'watch',
      code: 'swelling',
      message:
        checkIn.swelling === 'severe'
          ? msg('Severe swelling can be a sign of infection. Contact your technician and see a doctor.')
          : msg('More than mild swelling can be a sign of infection. Contact your technician and see a doctor.'),
    });
  } else if (grew) {
    flags.push({
      level: 'watch',
      code: 'swelling-growing',
      message: msg(
        'The swelling has grown since your last check-in, which can be a sign of infection. Contact your technician and see a doctor.',
      ),
    });
  } else if (swelling === SWELLING_ORDER.mild && (day === null || day < 1)) {
    // With no session yet the app cannot tell whether swelling is expected, so it says so.
    flags.push({
      level: 'watch',
      code: 'swelling-no-session',
      message: msg(
        'Your plan has no treatment session yet, so this app cannot tell whether this swelling is expected. Ask your technician, and see a doctor if it grows or you feel unwell.',
      ),
    });
  } else if (swelling === SWELLING_ORDER.mild) {
    const early = day !== null && day <= NORMAL_SWELLING_UNTIL_DAY;
    flags.push(
      early
        ? {
            level: 'info',
            code: 'swelling-normal',
            message: msg(
              'A little swelling is normal in the first days. Keep an eye on it and check in again tomorrow.',
            ),
          }
        : {
            level: 'watch',
            code: 'swelling-lasting',
            message: msg(
              'Swelling that lasts beyond the first days is worth a call to your technician. See a doctor if it grows.',
            ),
          },
    );
  }

  if (!fever) {
    if (checkIn.redness === 'spreading') {
      flags.push({
        level: 'watch',
        code: 'redness-spreading',
        message: msg(
          'Redness that spreads beyond the treated area can be a sign of infection. See a doctor today and tell your technician.',
        ),
      });
    }
    if (checkIn.discharge) {
      flags.push({
        level: 'watch',
        code: 'discharge',
        message: msg('Pus or discharge can be a sign of infection. Contact your technician and see a doctor.'),
      });
    }
    if (checkIn.pain === 'increasing' || checkIn.pain === 'severe') {
      flags.push({
        level: 'watch',
        code: 'pain',
        message:
          checkIn.pain === 'severe'
            ? msg('Severe pain is not part of normal healing. Contact your technician and see a doctor.')
            : msg('Increasing pain is not part of normal healing. Contact your technician and see a doctor.'),
      });
    }
    if (checkIn.warmth) {
      flags.push({
        level: 'watch',
        code: 'warmth',
        message: msg(
          'A scalp that feels hot to the touch can be a sign of infection. Watch for fever and contact your technician.',
        ),
      });
    }
  }
  return flags.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/**
 * The flags of a check-in that stay open until a later check-in no longer raises them: `urgent`
 * and `watch`, most serious first. `info` notes ("a little swelling is normal") stay with their
 * check-in: they ask nothing of the person, and repeated days later they would mislead.
 */
export function openFlags(flags: readonly SymptomFlag[]): (SymptomFlag & { readonly level: OpenFlagLevel })[] {
  return flags
    .filter((flag): flag is SymptomFlag & { readonly level: OpenFlagLevel } => flag.level !== 'info')
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/** The strength of each kind of advice, mildest first, to compare them. */
export const ADVICE_ORDER = { contact: 0, today: 1, now: 2 } as const satisfies Record<Advice, number>;

/**
 * The advice of each open flag code, as its message words it: the one table the headings over the
 * flags are chosen from (test/rules/symptoms.test.ts holds every message to it).
 */
export const FLAG_ADVICE: ReadonlyMap<string, Advice> = new Map(
  Object.entries({
    'fever-with-site-signs': 'now',
    'redness-spreading': 'today',
    fever: 'contact',
    swelling: 'contact',
    'swelling-growing': 'contact',
    'swelling-no-session': 'contact',
    'swelling-lasting': 'contact',
    discharge: 'contact',
    pain: 'contact',
    warmth: 'contact',
  } satisfies Record<string, Advice>),
);

/** The advice of an open flag: its code's, or for a code this version does not know (stored by another), its level's. */
export function adviceOf(flag: SymptomFlag): Advice {
  // A Map, so a stored code such as "constructor" is a code this version does not know.
  return FLAG_ADVICE.get(flag.code) ?? (flag.level === 'urgent' ? 'now' : 'contact');
}

/** The strongest advice of `flags` (the heading over them says it), or null when none is open. */
export function strongestAdvice(flags: readonly SymptomFlag[]): Advice | null {
  return openFlags(flags).reduce<Advice | null>(
    (best, flag) => (best === null || ADVICE_ORDER[adviceOf(flag)] > ADVICE_ORDER[best] ? adviceOf(flag) : best),
    null,
  );
}
