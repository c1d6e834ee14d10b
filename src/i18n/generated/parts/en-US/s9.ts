// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  's9d108fe3da0b7f43': str`it holds a file the records do not list: “${0}”`,
};
