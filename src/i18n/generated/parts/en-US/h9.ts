// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { html } from 'lit';

export const templates = {
  'h9536e54f35fac864': html`This browser has not agreed to keep your journal for good: it may clear it when the device runs low on space. <a href="#/share">Back up</a> after adding photos.`,
};
