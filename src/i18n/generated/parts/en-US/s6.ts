// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  's68322d08a44899e4': `With clean hands, apply a natural moisturizer without perfume, up to three times a day. It is the one product the scalp may have for now.`,
};
