import { expect } from 'chai';
import { BackupError, readBackup } from '../../src/backup/read.ts';
import { useLanguage } from '../../src/i18n/localize.ts';
import { validatePlan, validateRegimen } from '../../src/rules/index.ts';
import { validatePlanMessage } from '../../src/sync/plan-message.ts';

/** The sentence `readBackup` refuses `file` with. */
async function refusal(file: File): Promise<string> {
  try {
    await readBackup(file);
  } catch (error) {
    expect(error).to.be.instanceOf(BackupError);
    return (error as Error).message;
  }
  throw new Error('the backup was not refused');
}

describe('the sentences of refusals, in the active language', () => {
  afterEach(() => useLanguage('en-GB'));

  it('refuses an empty backup in Spanish, and in English again after switching back', async () => {
    const empty = new File([], 'copia.zip', { type: 'application/zip' });
    await useLanguage('es');
    expect(await refusal(empty)).to.equal(
      'No se puede restaurar “copia.zip”: está vacío (0 bytes). No se ha cambiado nada.',
    );
    expect(await refusal(new File([new Uint8Array([1, 2, 3])], 'x.zip'))).to.contain('no es una copia de seguridad');
    await useLanguage('en-GB');
    expect(await refusal(empty)).to.equal(
      '“copia.zip” cannot be restored: it is empty (0 bytes). Nothing was changed.',
    );
  });

  it('says which field of a plan is wrong, and how, in Spanish (dates in Spanish words)', async () => {
    await useLanguage('es');
    const plan = validatePlan({ sessions: [{ date: '2026-03-03', note: 42 }] });
    expect(plan.ok).to.equal(false);
    expect(!plan.ok && plan.error).to.equal(
      'El plan no es válido: la nota de la sesión del 3 de marzo de 2026 debe ser texto.',
    );
    const missing = validatePlan({});
    expect(!missing.ok && missing.error).to.equal('El plan no es válido: las sesiones faltan.');
    await useLanguage('en-GB');
    const english = validatePlan({ sessions: [{ date: '2026-03-03', note: 42 }] });
    expect(!english.ok && english.error).to.equal(
      'The plan is not valid: the note of the session of 3 March 2026 must be text.',
    );
  });

  it('refuses a regimen and a plan message with Spanish sentences, no English left', async () => {
    await useLanguage('es');
    const regimen = validateRegimen({ format: 1, id: 'Mal Id', name: 'x', levels: {}, rules: [] });
    expect(regimen.ok).to.equal(false);
    expect(!regimen.ok && regimen.error).to.match(/^La pauta no es válida: /);
    const message = validatePlanMessage({ type: 'smp-plan', version: 9 });
    expect(!message.ok && message.error).to.equal(
      'El mensaje del plan es de la versión 9, más nueva de las que lee esta extensión (de la 1 a la 5): actualice la extensión.',
    );
    const advice = validatePlanMessage({
      type: 'smp-plan',
      version: 5,
      plan: { sessions: [] },
      flag: 'watch',
      regimen: null,
      advice: 'soon',
    });
    expect(!advice.ok && advice.error).to.equal(
      'El mensaje no es un mensaje de plan: el consejo es “soon”, que esta aplicación no conoce.',
    );
    for (const sentence of [!regimen.ok && regimen.error, !message.ok && message.error, !advice.ok && advice.error])
      expect(sentence).not.to.match(/\b(the|is|must|not)\b/);
  });
});
