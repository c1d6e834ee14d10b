// Reports the gzip size of what the built app and extension load, and fails when a budget is
// exceeded (run by `.ci/run`). Budgets: the PWA's first screen and the extension's worker and popup
// (measured in scripts/size-budgets.mjs, which `npm run bench` shares).
import { measureBudgets, pwaJsTotal } from './size-budgets.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let failed = false;
console.log('Bundle sizes');
for (const row of measureBudgets()) {
  const ok = row.size <= row.limit;
  failed ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${row.name}: ${kb(row.size)} of ${kb(row.limit)} (${row.files} files)`);
}
const all = pwaJsTotal();
console.log(`  PWA: ${all.files} JS files in all, ${kb(all.size)} gzip`);
if (failed) {
  console.error('A bundle is over its size budget: lazy-load or split the code that grew.');
  process.exit(1);
}
