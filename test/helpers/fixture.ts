/** Renders a Lit template into a fresh container and waits for the element to update. */
import { render, type TemplateResult } from 'lit';

const containers: HTMLElement[] = [];

/** Renders `template` and returns its first element once updated. */
export async function fixture<T extends Element>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  const element = container.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

/** Waits for the next event `name` on `target`. */
export function nextEvent<T extends Event>(target: EventTarget, name: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as T), { once: true }));
}

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

// "ResizeObserver loop completed with undelivered notifications" is the browser noting it deferred
// a layout callback (the virtualised timeline measures its rows); it is not an error of the page.
window.addEventListener(
  'error',
  (event) => {
    if (event.message?.includes('ResizeObserver loop')) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  },
  true,
);
