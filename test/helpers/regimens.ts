/** Regimens the tests share. */
import { DEFAULT_REGIMEN, type Regimen } from '../../src/rules/index.ts';

/** A technician's regimen: the standard one with three strict, dry days instead of five. */
export const studioRegimen: Regimen = {
  ...DEFAULT_REGIMEN,
  id: 'studio-x',
  name: 'Studio X aftercare',
  levels: { ...DEFAULT_REGIMEN.levels, strictUntilDay: 3 },
  rules: DEFAULT_REGIMEN.rules.map((rule) =>
    rule.id === 'keep-dry' ? { ...rule, window: { anchor: 'each-session', fromDay: 1, toDay: 3 } } : rule,
  ),
};
