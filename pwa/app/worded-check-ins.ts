/**
 * The journal's check-ins as read and as shown: shown with their flags worded in the language in
 * use (src/rules/flag-wording.ts), worded again only when the check-ins, the plan or the language
 * changed, so a screen gets the same list, object for object, until then.
 */
import { activeLanguage } from '../../src/i18n/localize.ts';
import type { CheckInRecord } from '../../src/journal/records.ts';
import { rewordFlags, type Plan } from '../../src/rules/index.ts';

/** The check-ins of the journal, newest first. */
export class WordedCheckIns {
  /** As read (their flags in the words of the day each was saved). */
  stored: CheckInRecord[] = [];
  private last: { from: CheckInRecord[]; plan: Plan; language: string; list: CheckInRecord[] } | null = null;

  /** As shown: each flag in the language in use, the day of healing counted by `plan`. */
  shown(plan: Plan): CheckInRecord[] {
    const language = activeLanguage();
    const last = this.last;
    if (last?.from === this.stored && last.plan === plan && last.language === language) return last.list;
    const list = rewordFlags(this.stored, plan);
    this.last = { from: this.stored, plan, language, list };
    return list;
  }
}
