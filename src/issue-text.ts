/** The first problem valibot found, as "field.path: message" for the sentences shown to people. */
import type * as v from 'valibot';

/** "path: message" of the first issue (just the message at the top level); `fallback` when there is none. */
export function firstIssueText(issues: readonly v.BaseIssue<unknown>[], fallback: string): string {
  const first = issues[0];
  const path = (first?.path ?? []).map((p) => String(p.key)).join('.');
  return `${path ? `${path}: ` : ''}${first?.message ?? fallback}`;
}
