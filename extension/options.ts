// The options page: the same plan editor as the PWA, for people who only use the extension, and
// the plan link from the phone pasted in (checked and shown before anything is stored).
import { msg } from '@lit/localize';
import { html, render } from 'lit';
import { live } from 'lit/directives/live.js';
import '../src/components/link-paste/link-paste.ts';
import type { LinkAccept } from '../src/components/link-paste/link-paste.ts';
import '../src/components/plan-editor/plan-editor.ts';
import { localToday } from '../src/calendar/local-date.ts';
import { DEFAULT_REGIMEN, type Plan } from '../src/rules/index.ts';
import { isReminderTime } from '../src/reminder/photo-reminder.ts';
import { PHOTO_REMINDER_WORDS } from '../src/vocabulary/index.ts';
import { notificationsWanted, setNotificationsWanted } from './notifications.ts';
import { loadReminderTime, saveReminderTime } from './photo-reminder.ts';
import { leftOutSentence, loadStoredPlan, savePlan } from './plan-storage.ts';
import { loadRegimen, saveRegimen } from './regimen-storage.ts';
import { usePageLanguage } from './page-language.ts';

const notSaved = () => msg('The plan could not be saved, so it is as it was. Try again.');
const settingNotSaved = () => msg('The setting could not be saved, so it is as it was. Try again.');
const root = document.getElementById('root') as HTMLElement;
const host = document.createElement('div');
root.append(host);

/** Stores what the person accepted from a pasted link: the regimen first, then the plan; the sentence when refused. */
async function takeLink({ plan, regimen }: LinkAccept): Promise<string | null> {
  const refused = regimen ? await saveRegimen(regimen.id === DEFAULT_REGIMEN.id ? null : regimen) : null;
  return refused ?? (plan ? await savePlan(plan) : null);
}

async function show(error = '', notice = '', linkError = '', linkNotice = ''): Promise<void> {
  const [{ plan, left }, regimen, notify, time, allowed] = await Promise.all([
    loadStoredPlan(),
    loadRegimen(),
    notificationsWanted(),
    loadReminderTime(),
    chrome.permissions.contains({ permissions: ['notifications'] }),
  ]);
  // A time that came from the journal app, without the permission yet: offer to allow it here.
  const onAllow = async () => {
    const granted = await chrome.permissions.request({ permissions: ['notifications'] }).catch(() => false);
    await show(error, granted ? '' : msg('Notifications were not allowed, so the reminder cannot show.'));
  };
  const onTime = async (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    const wanted = isReminderTime(value) ? value : null;
    // A reminder needs the notifications permission: asked for here, on the person's own change.
    const allowed =
      wanted === null || (await chrome.permissions.request({ permissions: ['notifications'] }).catch(() => false));
    const saved = allowed
      ? await saveReminderTime(wanted).then(
          () => true,
          () => false,
        )
      : false;
    if (!allowed) return show(error, msg('Notifications were not allowed, so the reminder stays off.'));
    await show(error, saved ? '' : settingNotSaved());
  };
  const onNotify = async (event: Event) => {
    const wanted = (event.target as HTMLInputElement).checked;
    // Whatever happens, the box is drawn again from what is stored, with a sentence when that is not what was asked.
    const now = await setNotificationsWanted(wanted).catch(() => null);
    if (now === null) return show(error, settingNotSaved());
    await show(error, wanted && !now ? msg('Notifications were not allowed, so they stay off.') : '');
  };
  const onLink = async (event: CustomEvent<LinkAccept>) => {
    const refused = await takeLink(event.detail).catch(notSaved);
    await show(
      '',
      '',
      refused ?? '',
      refused ? '' : msg('Done: the toolbar badge follows the plan and regimen from the link.'),
    );
  };
  render(
    html`<section class="notify">
        <label
          ><input type="checkbox" .checked=${live(notify)} @change=${onNotify} />
          ${msg('Tell me when something becomes allowed (a notification on the day, e.g. "gentle cold-water washing allowed")')}</label
        >
        <label class="time"
          >${PHOTO_REMINDER_WORDS.heading}: ${PHOTO_REMINDER_WORDS.label.toLowerCase()}
          <input type="time" .value=${live(time ?? '')} @change=${onTime}
        /></label>
        <p class="hint">
          ${PHOTO_REMINDER_WORDS.hint}
          ${msg('Clear the time to turn it off. When the journal app is open in this browser, it says whether today’s photo is taken, and a time set in its Settings replaces this one.')}
        </p>
        ${
          time && !allowed
            ? html`<p>
                ${msg('Notifications are not allowed, so the reminder cannot show.')}
                <button @click=${onAllow}>${msg('Allow notifications')}</button>
              </p>`
            : ''
        }
        ${notice ? html`<p role="status">${notice}</p>` : ''}
      </section>
      <section class="paste">
        <smp-link-paste .plan=${plan} .regimen=${regimen} .error=${linkError} @link-accept=${onLink}></smp-link-paste>
        <p role="status">${linkNotice}</p>
        <p class="regimen">${msg('Regimen in use:')} <strong>${regimen.name}</strong></p>
      </section>
      ${left.map((date) => html`<p role="alert">${leftOutSentence(date)}</p>`)}
      <smp-plan-editor
        .plan=${plan}
        .today=${localToday()}
        .error=${error}
        @plan-change=${async (e: CustomEvent<{ plan: Plan }>) => show((await savePlan(e.detail.plan).catch(notSaved)) ?? '')}
      ></smp-plan-editor>`,
    host,
  );
}

await usePageLanguage();
// The page's own heading and lead, in the page's language (options.html holds the English).
document.title = msg('SMP Aftercare: your sessions');
root.querySelector('h1')?.replaceChildren(msg('Your treatment sessions'));
root
  .querySelector('p')
  ?.replaceChildren(
    msg(
      'Enter your scalp micropigmentation sessions so the toolbar shows your day of healing, or paste the link from the journal app on your phone.',
    ),
  );
await show();
