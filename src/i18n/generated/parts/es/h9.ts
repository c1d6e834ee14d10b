// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.
import { html } from 'lit';

export const templates = {
  'h9536e54f35fac864': html`Este navegador no ha aceptado conservar su diario de forma permanente: puede borrarlo si el dispositivo se queda sin espacio. <a href="#/share">Haga una copia de seguridad</a> después de añadir fotos.`,
};
