// The options page: the same plan editor as the PWA, for people who only use the extension, and
// the plan link from the phone pasted in (checked and shown before anything is stored).
import { html, render } from 'lit';
import { live } from 'lit/directives/live.js';
import '../src/components/link-paste/link-paste.ts';
import type { LinkAccept } from '../src/components/link-paste/link-paste.ts';
import '../src/components/plan-editor/plan-editor.ts';
import { localToday } from '../src/calendar/local-date.ts';
import { DEFAULT_REGIMEN, type Plan } from '../src/rules/index.ts';
import { notificationsWanted, setNotificationsWanted } from './notifications.ts';
import { loadPlan, savePlan } from './plan-storage.ts';
import { loadRegimen, saveRegimen } from './regimen-storage.ts';

const NOT_SAVED = 'The plan could not be saved, so it is as it was. Try again.';
const root = document.getElementById('root') as HTMLElement;
const host = document.createElement('div');
root.append(host);

/** Stores what the person accepted from a pasted link: the regimen first, then the plan; the sentence when refused. */
async function takeLink({ plan, regimen }: LinkAccept): Promise<string | null> {
  const refused = regimen ? await saveRegimen(regimen.id === DEFAULT_REGIMEN.id ? null : regimen) : null;
  return refused ?? (plan ? await savePlan(plan) : null);
}

async function show(error = '', notice = '', linkError = '', linkNotice = ''): Promise<void> {
  const [plan, regimen, notify] = await Promise.all([loadPlan(), loadRegimen(), notificationsWanted()]);
  const onNotify = async (event: Event) => {
    const wanted = (event.target as HTMLInputElement).checked;
    // Whatever happens, the box is drawn again from what is stored, with a sentence when that is not what was asked.
    const now = await setNotificationsWanted(wanted).catch(() => null);
    if (now === null) return show(error, 'The setting could not be saved, so it is as it was. Try again.');
    await show(error, wanted && !now ? 'Notifications were not allowed, so they stay off.' : '');
  };
  const onLink = async (event: CustomEvent<LinkAccept>) => {
    const refused = await takeLink(event.detail).catch(() => NOT_SAVED);
    await show(
      '',
      '',
      refused ?? '',
      refused ? '' : 'Done: the toolbar badge follows the plan and regimen from the link.',
    );
  };
  render(
    html`<section class="notify">
        <label
          ><input type="checkbox" .checked=${live(notify)} @change=${onNotify} /> Tell me when something becomes allowed
          (a notification on the day, e.g. "gentle cold-water washing allowed")</label
        >
        ${notice ? html`<p role="status">${notice}</p>` : ''}
      </section>
      <section class="paste">
        <smp-link-paste .plan=${plan} .regimen=${regimen} .error=${linkError} @link-accept=${onLink}></smp-link-paste>
        <p role="status">${linkNotice}</p>
        <p class="regimen">Regimen in use: <strong>${regimen.name}</strong></p>
      </section>
      <smp-plan-editor
        .plan=${plan}
        .today=${localToday()}
        .error=${error}
        @plan-change=${async (e: CustomEvent<{ plan: Plan }>) => show((await savePlan(e.detail.plan).catch(() => NOT_SAVED)) ?? '')}
      ></smp-plan-editor>`,
    host,
  );
}

await show();
