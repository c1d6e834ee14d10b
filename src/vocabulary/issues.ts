/**
 * Validation problems in words: where in the input a problem is ("rules[2].kind", "date") and
 * what it is, from valibot's issues. One style for every place that checks input from outside.
 */
import type { BaseIssue } from 'valibot';

/** Where an issue is, as people read it: "rules[2].kind", "sessions[0].date"; '' at the top level. */
export function issuePath(issue: BaseIssue<unknown> | undefined): string {
  return (issue?.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

/** "path: message" of the first issue (just the message at the top level); `fallback` when there is none. */
export function firstIssueText(issues: readonly BaseIssue<unknown>[], fallback: string): string {
  const first = issues[0];
  const path = issuePath(first);
  return `${path ? `${path}: ` : ''}${first?.message ?? fallback}`;
}
