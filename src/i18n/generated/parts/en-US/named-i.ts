// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  'inDaysMany': str`in ${0} days`,
  'inDaysToday': `today`,
  'inDaysTomorrow': `tomorrow`,
};
