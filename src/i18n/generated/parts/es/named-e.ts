// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.

export const templates = {
  'extDescription': `Los cuidados posteriores de su micropigmentación capilar de hoy, de un vistazo: el día de curación en la barra de herramientas y qué evitar y qué hacer en la ventana emergente.`,
  'extName': `SMP Aftercare Journal: diario de cuidados`,
};
