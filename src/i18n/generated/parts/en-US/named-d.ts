// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { str } from '@lit/localize';

export const templates = {
  'dateLong1': str`January ${0}, ${1}`,
  'dateLong10': str`October ${0}, ${1}`,
  'dateLong11': str`November ${0}, ${1}`,
  'dateLong12': str`December ${0}, ${1}`,
  'dateLong2': str`February ${0}, ${1}`,
  'dateLong3': str`March ${0}, ${1}`,
  'dateLong4': str`April ${0}, ${1}`,
  'dateLong5': str`May ${0}, ${1}`,
  'dateLong6': str`June ${0}, ${1}`,
  'dateLong7': str`July ${0}, ${1}`,
  'dateLong8': str`August ${0}, ${1}`,
  'dateLong9': str`September ${0}, ${1}`,
  'dateShort1': str`Jan ${0}, ${1}`,
  'dateShort10': str`Oct ${0}, ${1}`,
  'dateShort11': str`Nov ${0}, ${1}`,
  'dateShort12': str`Dec ${0}, ${1}`,
  'dateShort2': str`Feb ${0}, ${1}`,
  'dateShort3': str`Mar ${0}, ${1}`,
  'dateShort4': str`Apr ${0}, ${1}`,
  'dateShort5': str`May ${0}, ${1}`,
  'dateShort6': str`Jun ${0}, ${1}`,
  'dateShort7': str`Jul ${0}, ${1}`,
  'dateShort8': str`Aug ${0}, ${1}`,
  'dateShort9': str`Sep ${0}, ${1}`,
};
