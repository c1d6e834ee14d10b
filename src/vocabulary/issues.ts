/**
 * Validation problems in words a person knows: where the problem is ("the swelling of the check-in
 * of 3 March 2026", "the kind of rule 2 (“keep-dry”)") and what is wrong with it, from valibot's
 * issues. No schema path ("rules[2].kind") and no library message ("Invalid key: Expected …")
 * reaches a person. One style for every place that checks input from outside.
 *
 * A schema's own message is the rest of a sentence about its field ("must be text", "is too long",
 * "has two sessions on the same date"); on the input as a whole, the sentence is about "it".
 */
import type { BaseIssue, IssuePathItem } from 'valibot';
import { msg, str } from '@lit/localize';
import { isIsoDate } from '../rules/dates.ts';
import { describeDateLong } from '../rules/format.ts';
import { quoteValue } from './text.ts';

/** The words for a field, by its key in a record, in the active language (read at call time). */
function fieldWords(): Readonly<Record<string, string>> {
  return {
    // the plan, a session
    sessions: msg('the sessions'),
    date: msg('the date'),
    final: msg('the final mark'),
    note: msg('the note'),
    // a regimen, a rule
    format: msg('the format'),
    id: msg('the id'),
    name: msg('the name'),
    levels: msg('the levels'),
    strictUntilDay: msg('the last day of strict care'),
    cautionUntilDay: msg('the last careful day'),
    limitedUntilDay: msg('the last day before long-term care'),
    rules: msg('the rules'),
    kind: msg('the kind'),
    window: msg('the days it applies'),
    anchor: msg('what it counts from'),
    fromDay: msg('the first day'),
    toDay: msg('the last day'),
    toYears: msg('the number of years'),
    title: msg('the title'),
    text: msg('the text'),
    milestone: msg('the milestone'),
    timesPerDay: msg('the times a day'),
    source: msg('the source'),
    section: msg('the source section'),
    quote: msg('the source quote'),
    // a check-in and its flags
    swelling: msg('the swelling'),
    temperatureC: msg('the temperature'),
    feverish: msg('the “feverish” answer'),
    redness: msg('the redness'),
    pain: msg('the pain'),
    discharge: msg('the discharge answer'),
    warmth: msg('the warmth answer'),
    flags: msg('the flags'),
    level: msg('the level'),
    code: msg('the code'),
    message: msg('the advice'),
    savedAt: msg('the time it was saved'),
    // ticks, settings
    counts: msg('the ticks'),
    temperatureUnit: msg('the temperature unit'),
    persistenceAsked: msg('the storage setting'),
    // a photo
    takenAt: msg('the time it was taken'),
    area: msg('the scalp area'),
    type: msg('the type'),
    bytes: msg('the size'),
    width: msg('the width'),
    height: msg('the height'),
    orientation: msg('the orientation'),
    addedAt: msg('the time it was added'),
    // a backup's records, the plan message
    plan: msg('the treatment plan'),
    updatedAt: msg('the time it was changed'),
    settings: msg('the settings'),
    regimen: msg('the regimen'),
    checkIns: msg('the check-ins'),
    adherence: msg('the ticks'),
    photos: msg('the photos'),
    version: msg('the version'),
    urgent: msg('the urgent flag'),
    flag: msg('the open flag'),
    advice: msg('the advice'),
    photoToday: msg('the “photo taken today” answer'),
    photoReminder: msg('the photo reminder’s time'),
  };
}

/** Fields whose words are plural ("the sessions are missing"). */
const PLURAL = new Set([
  'sessions',
  'levels',
  'rules',
  'flags',
  'counts',
  'settings',
  'checkIns',
  'adherence',
  'photos',
]);

const PLURAL_VERBS: Readonly<Record<string, string>> = {
  is: 'are',
  has: 'have',
  holds: 'hold',
  es: 'son',
  está: 'están',
  tiene: 'tienen',
  contiene: 'contienen',
  falta: 'faltan',
  debe: 'deben',
  puede: 'pueden',
};

/** The clause's verb agreeing with a plural field: "are", "have", "hold". */
function agree(path: readonly IssuePathItem[], predicate: string): string {
  const key = path.at(-1)?.key;
  if (typeof key !== 'string' || !PLURAL.has(key) || path.at(-2)?.key === 'counts') return predicate;
  // English and Spanish verbs (the clause starts with its verb in both, after a Spanish "no"): singular to plural.
  return predicate.replace(/^(no )?([^ ]+)/, (whole, no: string | undefined, verb: string) => {
    const plural = PLURAL_VERBS[verb];
    return plural ? `${no ?? ''}${plural}` : whole;
  });
}

/** Groups of fields that read better without their own name ("the last day of rule 2", not "… of the days it applies of rule 2"). */
const GROUPS = new Set(['window', 'source', 'levels']);

/** "3 March 2026" (in the active language) for a record's `date` that reads as one, else null. */
function dateWordsOf(item: unknown): string | null {
  const date = (item as { date?: unknown } | null)?.date;
  return typeof date === 'string' && isIsoDate(date) ? describeDateLong(date) : null;
}

/** The words for item `index` of the list named `list`, by its date or id where it has one. */
function itemWords(list: string | undefined, item: unknown, index: number, datesUsable: boolean): string {
  const n = index + 1;
  const date = datesUsable ? dateWordsOf(item) : null;
  const id = (item as { id?: unknown } | null)?.id;
  switch (list) {
    case 'sessions':
      return date ? msg(str`the session of ${date}`) : msg(str`session ${n}`);
    case 'checkIns':
      return date ? msg(str`the check-in of ${date}`) : msg(str`check-in ${n}`);
    case 'adherence':
      return date ? msg(str`the ticks of ${date}`) : msg(str`day ${n} of the ticks`);
    case 'photos':
      return date ? msg(str`the photo of ${date}`) : msg(str`photo ${n}`);
    case 'rules':
      return typeof id === 'string' && id ? msg(str`rule ${n} (${quoteValue(id)})`) : msg(str`rule ${n}`);
    case 'flags':
      return msg(str`flag ${n}`);
    default:
      return msg(str`item ${n}`);
  }
}

/** Where an issue is, in words ("the swelling of the check-in of 3 March 2026"); '' for the input as a whole. */
export function issuePlace(path: readonly IssuePathItem[]): string {
  // A record's date names it, unless the date is the problem.
  const datesUsable = path.at(-1)?.key !== 'date';
  const parts: string[] = [];
  for (const [i, item] of path.entries()) {
    const key = item.key;
    const last = i === path.length - 1;
    if (typeof key === 'number') {
      const list = path[i - 1]?.key;
      if (i > 0 && typeof list === 'string') parts.pop();
      parts.push(itemWords(typeof list === 'string' ? list : undefined, item.value, key, datesUsable));
    } else if (path[i - 1]?.key === 'counts') {
      // The ticks of a day are counts keyed by rule id.
      parts.pop();
      const rule = quoteValue(key);
      parts.push(item.origin === 'key' ? msg(str`the rule id ${rule}`) : msg(str`the count of ${rule}`));
    } else if (typeof key === 'string' && !(GROUPS.has(key) && !last)) {
      parts.push(fieldWords()[key] ?? msg(str`the field ${quoteValue(key)}`));
    }
  }
  const place = parts.reverse().reduce((inner, outer) => (inner ? msg(str`${inner} of ${outer}`) : outer), '');
  // Spanish contracts "de el" to "del" ("la hinchazón del registro").
  return place.replace(/ de el /g, ' del ');
}

/** A library's own message ("Invalid type: Expected …"), which never reaches a person. */
const LIBRARY_MESSAGE = /^Invalid \w+: /;

/** What is wrong, as the rest of a sentence about the field, for an issue without a message of ours. */
function problemOf(issue: BaseIssue<unknown>): string {
  const input = issue.input;
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'string':
      return msg('must be text');
    case 'number':
      return msg('must be a number');
    case 'boolean':
      return msg('must be yes or no (true or false)');
    case 'array':
      return msg('must be a list');
    case 'object':
    case 'strict_object':
    case 'loose_object':
    case 'record':
      return msg('is not in a form this app knows');
    case 'picklist':
    case 'literal':
    case 'union':
    case 'variant':
      return typeof input === 'string' || typeof input === 'number'
        ? msg(str`is ${quoteValue(input)}, which this app does not know`)
        : msg('is not something this app knows');
    case 'max_length':
      return Array.isArray(input)
        ? msg(str`has too many entries (at most ${String(requirement)})`)
        : msg(str`is too long (at most ${String(requirement)} characters)`);
    case 'min_length':
    case 'non_empty':
      return Array.isArray(input) ? msg('is empty') : msg('is too short');
    case 'min_value':
      return msg(str`must be at least ${String(requirement)}`);
    case 'max_value':
      return msg(str`must be at most ${String(requirement)}`);
    case 'integer':
      return msg('must be a whole number');
    case 'iso_timestamp':
      return msg('must be a date and time');
    default:
      return input === undefined ? msg('is missing') : msg('is not in a form this app knows');
  }
}

/** A field's place and what is wrong with it as one clause; "it" for the input as a whole. */
function clause(place: string, predicate: string): string {
  // Both languages put the place before what is wrong with it.
  return `${place || msg('it')} ${predicate}`;
}

/** One issue as a clause a person reads: "the swelling of check-in 2 must be none, mild, moderate or severe". */
export function describeIssue(issue: BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const last = path.at(-1);
  if (last?.origin === 'key' && issue.expected === 'never') {
    const owner = path.slice(0, -1);
    const key = quoteValue(last.key);
    return clause(issuePlace(owner), agree(owner, msg(str`holds ${key}, which this app does not know`)));
  }
  const place = issuePlace(path);
  if (last?.origin === 'key' && issue.input === undefined) return clause(place, agree(path, msg('is missing')));
  const predicate = LIBRARY_MESSAGE.test(issue.message) ? problemOf(issue) : issue.message;
  return clause(place, agree(path, predicate));
}

/** The first issue as a clause (see `describeIssue`); `fallback` when there is none. */
export function firstIssueText(issues: readonly BaseIssue<unknown>[], fallback: string): string {
  const first = issues[0];
  return first ? describeIssue(first) : fallback;
}
