// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  'extActionTitle': `SMP Aftercare`,
  'extDescription': `Today’s scalp micropigmentation aftercare at a glance: the day of healing on the toolbar, what to avoid and do in the popup.`,
  'extName': `SMP Aftercare Journal`,
  'extShortName': `SMP Aftercare`,
};
