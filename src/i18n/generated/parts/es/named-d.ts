// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  'dateLong1': str`${0} de enero de ${1}`,
  'dateLong10': str`${0} de octubre de ${1}`,
  'dateLong11': str`${0} de noviembre de ${1}`,
  'dateLong12': str`${0} de diciembre de ${1}`,
  'dateLong2': str`${0} de febrero de ${1}`,
  'dateLong3': str`${0} de marzo de ${1}`,
  'dateLong4': str`${0} de abril de ${1}`,
  'dateLong5': str`${0} de mayo de ${1}`,
  'dateLong6': str`${0} de junio de ${1}`,
  'dateLong7': str`${0} de julio de ${1}`,
  'dateLong8': str`${0} de agosto de ${1}`,
  'dateLong9': str`${0} de septiembre de ${1}`,
  'dateShort1': str`${0} ene ${1}`,
  'dateShort10': str`${0} oct ${1}`,
  'dateShort11': str`${0} nov ${1}`,
  'dateShort12': str`${0} dic ${1}`,
  'dateShort2': str`${0} feb ${1}`,
  'dateShort3': str`${0} mar ${1}`,
  'dateShort4': str`${0} abr ${1}`,
  'dateShort5': str`${0} may ${1}`,
  'dateShort6': str`${0} jun ${1}`,
  'dateShort7': str`${0} jul ${1}`,
  'dateShort8': str`${0} ago ${1}`,
  'dateShort9': str`${0} sept ${1}`,
};
