// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  'sc32bbf499603baca': `Colors`,
  'scbeb4b73fcc7a185': str`${0} is not a date this app can use: ${1}.`,
};
