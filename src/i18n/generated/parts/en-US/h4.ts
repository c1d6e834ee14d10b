// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { html } from 'lit';

export const templates = {
  'h4d08a3e5ddbf9c1d': html`Moving from another phone or browser? <a href="#/share">Restore your journal from a backup</a>, or open the link from “Use on another device” there.`,
};
