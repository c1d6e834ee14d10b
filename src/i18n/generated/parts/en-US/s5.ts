// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  's5a13b2f07beba86d': str`“${0}” inside it is encrypted`,
  's5b65a33423ce99c7': `No swimming, saunas or tanning beds`,
  's5f06cf9e0e59df71': `Put nothing that contains chemicals on the treated skin: no styling products, perfumed lotions or hair treatments. From day 6, a natural moisturizer without perfume is the one exception.`,
  's5f32097888d18962': str`A photo cannot be dated ${0}: that day is still to come.`,
};
