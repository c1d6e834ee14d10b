// The options page: the same plan editor as the PWA, for people who only use the extension.
import { html, render } from 'lit';
import '../src/components/plan-editor/plan-editor.ts';
import { localToday } from '../src/calendar/local-date.ts';
import type { Plan } from '../src/rules/index.ts';
import { loadPlan, savePlan } from './plan-storage.ts';

const root = document.getElementById('root') as HTMLElement;
const host = document.createElement('div');
root.append(host);

async function show(error = ''): Promise<void> {
  const plan = await loadPlan();
  render(
    html`<smp-plan-editor
      .plan=${plan}
      .today=${localToday()}
      .error=${error}
      @plan-change=${async (e: CustomEvent<{ plan: Plan }>) => show((await savePlan(e.detail.plan)) ?? '')}
    ></smp-plan-editor>`,
    host,
  );
}

await show();
