// The options page: the same plan editor as the PWA, for people who only use the extension.
import { html, render } from 'lit';
import { live } from 'lit/directives/live.js';
import '../src/components/plan-editor/plan-editor.ts';
import { localToday } from '../src/calendar/local-date.ts';
import type { Plan } from '../src/rules/index.ts';
import { notificationsWanted, setNotificationsWanted } from './notifications.ts';
import { loadPlan, savePlan } from './plan-storage.ts';

const NOT_SAVED = 'The plan could not be saved, so it is as it was. Try again.';
const root = document.getElementById('root') as HTMLElement;
const host = document.createElement('div');
root.append(host);

async function show(error = '', notice = ''): Promise<void> {
  const [plan, notify] = await Promise.all([loadPlan(), notificationsWanted()]);
  const onNotify = async (event: Event) => {
    const wanted = (event.target as HTMLInputElement).checked;
    // Whatever happens, the box is drawn again from what is stored, with a sentence when that is not what was asked.
    const now = await setNotificationsWanted(wanted).catch(() => null);
    if (now === null) return show(error, 'The setting could not be saved, so it is as it was. Try again.');
    await show(error, wanted && !now ? 'Notifications were not allowed, so they stay off.' : '');
  };
  render(
    html`<section class="notify">
        <label
          ><input type="checkbox" .checked=${live(notify)} @change=${onNotify} /> Tell me when something becomes allowed
          (a notification on the day, e.g. "gentle cold-water washing allowed")</label
        >
        ${notice ? html`<p role="status">${notice}</p>` : ''}
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
