// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  'painAnswerIncreasing': `creciente`,
  'painAnswerMild': `leve`,
  'painAnswerNone': `ninguno`,
  'painAnswerSevere': `intenso`,
  'painChoiceIncreasing': `Creciente`,
  'painChoiceMild': `Leve`,
  'painChoiceNone': `Ninguno`,
  'painChoiceSevere': `Intenso`,
};
