// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  's5b65a33423ce99c7': `No swimming, saunas or tanning beds`,
  's5f06cf9e0e59df71': `Put nothing that contains chemicals on the treated skin: no styling products, perfumed lotions or hair treatments. From day 6, a natural moisturizer without perfume is the one exception.`,
};
