// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  's426d31759d57d493': str`it holds a folder this app does not make: “${0}”`,
  's4bec1cb7a84c58de': `Moisturize daily`,
};
