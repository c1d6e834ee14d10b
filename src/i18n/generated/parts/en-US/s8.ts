// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  's855403723ea25991': `Start moisturizing (unperfumed, up to 3× a day)`,
};
