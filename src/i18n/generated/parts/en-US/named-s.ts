// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  'swellingAnswerMild': `mild`,
  'swellingAnswerModerate': `moderate`,
  'swellingAnswerNone': `none`,
  'swellingAnswerSevere': `severe`,
  'swellingChoiceMild': `Mild`,
  'swellingChoiceModerate': `Moderate`,
  'swellingChoiceNone': `None`,
  'swellingChoiceSevere': `Severe`,
};
