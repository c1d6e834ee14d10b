// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  'sc32bbf499603baca': `Colors`,
};
