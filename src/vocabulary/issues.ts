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
import { quoteValue } from './text.ts';

/** The words for a field, by its key in a record. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  // the plan, a session
  sessions: 'the sessions',
  date: 'the date',
  final: 'the final mark',
  note: 'the note',
  // a regimen, a rule
  format: 'the format',
  id: 'the id',
  name: 'the name',
  levels: 'the levels',
  strictUntilDay: 'the last day of strict care',
  cautionUntilDay: 'the last careful day',
  limitedUntilDay: 'the last day before long-term care',
  rules: 'the rules',
  kind: 'the kind',
  window: 'the days it applies',
  anchor: 'what it counts from',
  fromDay: 'the first day',
  toDay: 'the last day',
  toYears: 'the number of years',
  title: 'the title',
  text: 'the text',
  milestone: 'the milestone',
  timesPerDay: 'the times a day',
  source: 'the source',
  section: 'the source section',
  quote: 'the source quote',
  // a check-in and its flags
  swelling: 'the swelling',
  temperatureC: 'the temperature',
  feverish: 'the “feverish” answer',
  redness: 'the redness',
  pain: 'the pain',
  discharge: 'the discharge answer',
  warmth: 'the warmth answer',
  flags: 'the flags',
  level: 'the level',
  code: 'the code',
  message: 'the advice',
  savedAt: 'the time it was saved',
  // ticks, settings
  counts: 'the ticks',
  temperatureUnit: 'the temperature unit',
  persistenceAsked: 'the storage setting',
  // a photo
  takenAt: 'the time it was taken',
  area: 'the scalp area',
  type: 'the type',
  bytes: 'the size',
  width: 'the width',
  height: 'the height',
  orientation: 'the orientation',
  addedAt: 'the time it was added',
  // a backup's records, the plan message
  plan: 'the treatment plan',
  updatedAt: 'the time it was changed',
  settings: 'the settings',
  regimen: 'the regimen',
  checkIns: 'the check-ins',
  adherence: 'the ticks',
  photos: 'the photos',
  version: 'the version',
  urgent: 'the urgent flag',
  flag: 'the open flag',
  photoToday: 'the “photo taken today” answer',
  photoReminder: 'the photo reminder’s time',
};

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

/** The clause's verb agreeing with a plural field: "are", "have", "hold". */
function agree(path: readonly IssuePathItem[], predicate: string): string {
  const key = path.at(-1)?.key;
  if (typeof key !== 'string' || !PLURAL.has(key) || path.at(-2)?.key === 'counts') return predicate;
  return predicate.replace(
    /^(is|has|holds) /,
    (verb) => ({ 'is ': 'are ', 'has ': 'have ', 'holds ': 'hold ' })[verb] ?? verb,
  );
}

/** Groups of fields that read better without their own name ("the last day of rule 2", not "… of the days it applies of rule 2"). */
const GROUPS = new Set(['window', 'source', 'levels']);

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "3 March 2026" for a record's `date` that reads as one, else null. */
function dateWordsOf(item: unknown): string | null {
  const date = (item as { date?: unknown } | null)?.date;
  const match = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  const month = MONTHS[Number(match?.[2]) - 1];
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : null;
}

/** The words for item `index` of the list named `list`, by its date or id where it has one. */
function itemWords(list: string | undefined, item: unknown, index: number, datesUsable: boolean): string {
  const n = index + 1;
  const date = datesUsable ? dateWordsOf(item) : null;
  const id = (item as { id?: unknown } | null)?.id;
  switch (list) {
    case 'sessions':
      return date ? `the session of ${date}` : `session ${n}`;
    case 'checkIns':
      return date ? `the check-in of ${date}` : `check-in ${n}`;
    case 'adherence':
      return date ? `the ticks of ${date}` : `day ${n} of the ticks`;
    case 'photos':
      return date ? `the photo of ${date}` : `photo ${n}`;
    case 'rules':
      return typeof id === 'string' && id ? `rule ${n} (${quoteValue(id)})` : `rule ${n}`;
    case 'flags':
      return `flag ${n}`;
    default:
      return `item ${n}`;
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
      parts.push(`${item.origin === 'key' ? 'the rule id' : 'the count of'} ${quoteValue(key)}`);
    } else if (typeof key === 'string' && !(GROUPS.has(key) && !last)) {
      parts.push(FIELD_WORDS[key] ?? `the field ${quoteValue(key)}`);
    }
  }
  return parts.reverse().join(' of ');
}

/** A library's own message ("Invalid type: Expected …"), which never reaches a person. */
const LIBRARY_MESSAGE = /^Invalid \w+: /;

/** What is wrong, as the rest of a sentence about the field, for an issue without a message of ours. */
function problemOf(issue: BaseIssue<unknown>): string {
  const input = issue.input;
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'string':
      return 'must be text';
    case 'number':
      return 'must be a number';
    case 'boolean':
      return 'must be yes or no (true or false)';
    case 'array':
      return 'must be a list';
    case 'object':
    case 'strict_object':
    case 'loose_object':
    case 'record':
      return 'is not in a form this app knows';
    case 'picklist':
    case 'literal':
    case 'union':
    case 'variant':
      return typeof input === 'string' || typeof input === 'number'
        ? `is ${quoteValue(input)}, which this app does not know`
        : 'is not something this app knows';
    case 'max_length':
      return Array.isArray(input)
        ? `has too many entries (at most ${String(requirement)})`
        : `is too long (at most ${String(requirement)} characters)`;
    case 'min_length':
    case 'non_empty':
      return Array.isArray(input) ? 'is empty' : 'is too short';
    case 'min_value':
      return `must be at least ${String(requirement)}`;
    case 'max_value':
      return `must be at most ${String(requirement)}`;
    case 'integer':
      return 'must be a whole number';
    case 'iso_timestamp':
      return 'must be a date and time';
    default:
      return `is ${input === undefined ? 'missing' : 'not in a form this app knows'}`;
  }
}

/** One issue as a clause a person reads: "the swelling of check-in 2 must be none, mild, moderate or severe". */
export function describeIssue(issue: BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const last = path.at(-1);
  if (last?.origin === 'key' && issue.expected === 'never') {
    const owner = path.slice(0, -1);
    return `${issuePlace(owner) || 'it'} ${agree(owner, `holds ${quoteValue(last.key)}, which this app does not know`)}`;
  }
  const place = issuePlace(path);
  if (last?.origin === 'key' && issue.input === undefined) return `${place || 'it'} ${agree(path, 'is missing')}`;
  const predicate = LIBRARY_MESSAGE.test(issue.message) ? problemOf(issue) : issue.message;
  return `${place || 'it'} ${agree(path, predicate)}`;
}

/** The first issue as a clause (see `describeIssue`); `fallback` when there is none. */
export function firstIssueText(issues: readonly BaseIssue<unknown>[], fallback: string): string {
  const first = issues[0];
  return first ? describeIssue(first) : fallback;
}
