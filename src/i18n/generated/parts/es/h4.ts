// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { html } from 'lit';

export const templates = {
  'h4d08a3e5ddbf9c1d': html`¿Viene de otro teléfono o navegador? <a href="#/share">Restaure su diario desde una copia de seguridad</a> o abra allí el enlace de «Usar en otro dispositivo».`,
};
