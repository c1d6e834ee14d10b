// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  'sa848583511cfce88': `Moisturize the scalp every day, and take care to keep it from looking shiny.`,
};
