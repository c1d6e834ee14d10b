// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  's102c7865ac37b7be': str`“${0}” inside it is not readable JSON`,
  's1d0c38859af5b934': str`it holds a file named “${0}”, which ${1}`,
};
