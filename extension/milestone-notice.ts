/** The text of a milestone notification: what becomes allowed or starts today. Pure. */
import { milestones, type IsoDate, type Plan } from '../src/rules/index.ts';

/** `{ title, message }` for the changes on `today`, or null when nothing changes that day. */
export function milestoneNotice(plan: Plan, today: IsoDate): { title: string; message: string } | null {
  const changes = milestones(plan).filter((m) => m.date === today && m.type !== 'session');
  if (changes.length === 0) return null;
  const day = changes[0]?.day;
  const labels = changes.map((m) => m.summary.replace(/^Day \d+: /, ''));
  return { title: `Day ${day} of healing: from today`, message: labels.join(' · ') };
}
