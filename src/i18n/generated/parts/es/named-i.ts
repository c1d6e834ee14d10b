// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  'inDaysMany': str`en ${0} días`,
  'inDaysToday': `hoy`,
  'inDaysTomorrow': `mañana`,
};
