// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  's855403723ea25991': `Start moisturizing (unperfumed, up to 3× a day)`,
  's889cf77d37849431': str`“${0}” inside it is damaged (its contents do not match its checksum or size)`,
};
