/** Accessibility check with axe-core on a rendered element (its shadow DOM included). */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options?: RunOptions): Promise<AxeResults> };
  }
}

/** Throws with a readable list when axe finds any violation in `element`. */
export async function expectNoAxeViolations(element: Element | Document): Promise<void> {
  const results = await window.axe.run(element, { resultTypes: ['violations'] });
  if (results.violations.length > 0) {
    const lines = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    throw new Error(`axe found ${results.violations.length} accessibility violation(s):\n${lines.join('\n')}`);
  }
}
