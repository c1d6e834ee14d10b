// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  'weekdaySeparator': `, `,
  'weekdayShort0': `Sun`,
  'weekdayShort1': `Mon`,
  'weekdayShort2': `Tue`,
  'weekdayShort3': `Wed`,
  'weekdayShort4': `Thu`,
  'weekdayShort5': `Fri`,
  'weekdayShort6': `Sat`,
};
