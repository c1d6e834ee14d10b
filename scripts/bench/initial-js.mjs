// "Initial JavaScript": the gzip size of what each first screen loads (the same measure and budgets
// as `npm run size`, which fails CI over a budget), as benchmark rows in KB.
import { measureBudgets } from '../size-budgets.mjs';
import { round } from './common.mjs';

/** One row per size budget of the built files (build first): median = size in KB, target = the budget. */
export async function initialJsRows() {
  return measureBudgets().map((budget) => {
    const kb = round(budget.size / 1024);
    return {
      name: `${budget.name.replace(' (gzip)', '')}, gzip (${budget.files} files)`,
      median: kb,
      min: kb,
      max: kb,
      unit: 'KB',
      floor: null,
      ratio: null,
      target: budget.limit / 1024,
    };
  });
}
