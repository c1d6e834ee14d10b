// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  'weekdaySeparator': `, `,
  'weekdayShort0': `dom`,
  'weekdayShort1': `lun`,
  'weekdayShort2': `mar`,
  'weekdayShort3': `mié`,
  'weekdayShort4': `jue`,
  'weekdayShort5': `vie`,
  'weekdayShort6': `sáb`,
};
