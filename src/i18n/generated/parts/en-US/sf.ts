// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  'sfdfba69301acbeeb': str`it holds “${0}” twice`,
};
