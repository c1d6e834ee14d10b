// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  's5b65a33423ce99c7': `No swimming, saunas or tanning beds`,
};
