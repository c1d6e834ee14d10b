// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  'painAnswerIncreasing': `increasing`,
  'painAnswerMild': `mild`,
  'painAnswerNone': `none`,
  'painAnswerSevere': `severe`,
  'painChoiceIncreasing': `Increasing`,
  'painChoiceMild': `Mild`,
  'painChoiceNone': `None`,
  'painChoiceSevere': `Severe`,
};
