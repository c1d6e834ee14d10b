// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  's7c22a6a3ef1889fa': `Daily moisturizing from now on`,
};
