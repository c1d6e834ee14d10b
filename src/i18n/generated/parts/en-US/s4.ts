// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  's4bec1cb7a84c58de': `Moisturize daily`,
};
