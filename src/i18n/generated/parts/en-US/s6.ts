// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  's6dbf7c90233fd910': `Put nothing that contains chemicals on the treated skin: no styling products, perfumed lotions or hair treatments. From day 6, a mild, natural soap and a natural moisturizer without perfume are the exceptions.`,
};
