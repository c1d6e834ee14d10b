// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  'se909ee8a49d66354': `Swimming, saunas and tanning beds allowed`,
};
