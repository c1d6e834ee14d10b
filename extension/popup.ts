// The popup: today's card (the same component as the PWA) from the extension's stored plan and
// regimen, naming whose regimen it follows as the PWA's card does, with the journal's open flag first,
// in the browser's language.
import { msg } from '@lit/localize';
import { html, render } from 'lit';
import '../src/components/status-card/status-card.ts';
import { BRAND_ON_DARK, THEME_COLOR } from '../src/brand.ts';
import { localToday } from '../src/calendar/local-date.ts';
import { PWA_ORIGIN } from '../src/config.ts';
import { statusOn } from '../src/rules/index.ts';
import { leftOutSentence, loadFlag, loadStoredPlan } from './plan-storage.ts';
import { loadRegimen } from './regimen-storage.ts';
import { usePageLanguage } from './page-language.ts';

const root = document.getElementById('root') as HTMLElement;
// The links' colour, light or dark with the system's scheme (popup.css).
document.documentElement.style.setProperty('--smp-brand', `light-dark(${THEME_COLOR}, ${BRAND_ON_DARK})`);
const [{ plan, left }, flag, regimen] = await Promise.all([
  loadStoredPlan(),
  loadFlag(),
  loadRegimen(),
  usePageLanguage(),
]);
const status = statusOn(plan, localToday(), regimen);
render(
  html`<h1 class="visually-hidden">${msg('SMP aftercare today')}</h1>
    ${left.map((date) => html`<p role="alert">${leftOutSentence(date)}</p>`)}
    <smp-status-card
      compact
      .status=${status}
      .flag=${flag?.level ?? null}
      .advice=${flag?.advice ?? null}
      regimen-name=${regimen.name}
    ></smp-status-card>
    <p class="links">
      <a href=${`${PWA_ORIGIN}/`} target="_blank" rel="noopener">${msg('Open the journal')}</a>
      <a href="./options.html" target="_blank">${msg('Set up sessions')}</a>
    </p>`,
  root,
);
// The card is on screen by the next frame: the moment the popup benchmark (npm run bench) times.
requestAnimationFrame(() => performance.mark('popup-card-painted'));
