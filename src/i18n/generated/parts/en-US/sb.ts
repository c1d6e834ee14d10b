// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  'sb11c13399e59cb4c': str`The word and color of each day. After the last one, the card says “${0}”.`,
  'sb588bfc864eb7a97': `Moisturize up to 3 times a day`,
};
