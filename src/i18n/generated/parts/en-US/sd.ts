// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  'sd77ebb4149780f96': str`is “${0}”, the built-in regimen's name: give yours its own`,
};
