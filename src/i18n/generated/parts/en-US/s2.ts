// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  's2d0afcdfea187b7d': `With clean hands, apply a natural moisturizer without perfume, up to three times a day.`,
};
