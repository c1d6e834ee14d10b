// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  'swellingAnswerMild': `leve`,
  'swellingAnswerModerate': `moderada`,
  'swellingAnswerNone': `ninguna`,
  'swellingAnswerSevere': `intensa`,
  'swellingChoiceMild': `Leve`,
  'swellingChoiceModerate': `Moderada`,
  'swellingChoiceNone': `Ninguna`,
  'swellingChoiceSevere': `Intensa`,
};
