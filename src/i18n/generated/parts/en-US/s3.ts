// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  's397d2505f169a98e': str`“${0}” inside it would unpack to ${1} from ${2} (a ZIP bomb)`,
};
