/**
 * The pieces every schema at the edge is built from (rules/schema.ts for regimens and plans,
 * journal/records.ts for what is stored): a calendar date, and text from outside that hides
 * nothing. One wording of each refusal, whichever file it came in.
 */
import { msg, str } from '@lit/localize';
import * as v from 'valibot';
import { isIsoDate, whyNotIsoDate } from './dates.ts';
import type { IsoDate } from './types.ts';
import { hasHiddenCharacters, quoteValue } from '../vocabulary/text.ts';

/** A calendar date the app can use, `YYYY-MM-DD` within its years; the sentence says why not. */
export const isoDate = v.pipe(
  v.string(() => msg('must be a date like 2026-03-01')),
  v.check(
    (value: string) => isIsoDate(value),
    (issue) =>
      msg(str`is ${quoteValue(issue.input)}, which is not a date this app can use: ${whyNotIsoDate(issue.input)}`),
  ),
  v.transform((value: string) => value as IsoDate),
);

const notHiding = v.check(
  (value: string) => !hasHiddenCharacters(value),
  () => msg('holds hidden or direction-changing characters'),
);

/** Text of at most `max` characters, possibly empty, that hides nothing (no direction overrides or invisible characters). */
export const plainText = (max: number) =>
  v.pipe(
    v.string(() => msg('must be text')),
    v.maxLength(max, () => msg(str`is too long (at most ${max} characters)`)),
    notHiding,
  );

/** Like `plainText`, but trimmed and never empty (a rule's title, a regimen's name). */
export const filledText = (max: number) =>
  v.pipe(
    v.string(() => msg('must be text')),
    v.trim(),
    v.nonEmpty(() => msg('must not be empty')),
    v.maxLength(max, () => msg(str`is too long (at most ${max} characters)`)),
    notHiding,
  );
