// A minimal W3C WebDriver (classic) client over fetch: the few commands the journeys need, for
// WebKitWebDriver. https://www.w3.org/TR/webdriver2/

/** The key under which WebDriver passes an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** One WebDriver session on a running driver server (e.g. http://127.0.0.1:4444). */
export class WebDriverSession {
  constructor(server, id) {
    this.server = server;
    this.id = id;
  }

  /** Starts a session with these capabilities (`alwaysMatch`). */
  static async start(server, capabilities) {
    const { sessionId } = await send(server, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new WebDriverSession(server, sessionId);
  }

  /** Sends a command of this session; resolves with its value, or throws the driver's error. */
  command(method, path, body) {
    return send(this.server, method, `/session/${this.id}${path}`, body);
  }

  /** Navigates to `url` and waits for the page to load. */
  navigate(url) {
    return this.command('POST', '/url', { url });
  }

  /** Reloads the page and waits for it to load. */
  refresh() {
    return this.command('POST', '/refresh', {});
  }

  /** Sets the window's size (CSS pixels). */
  setWindowSize(width, height) {
    return this.command('POST', '/window/rect', { width, height });
  }

  /**
   * The JSON value of `expression` in the page, a promise awaited (Execute Async Script). A thrown
   * error or rejection comes back as an Error with the page's message.
   */
  async evaluate(expression) {
    const script = `const done = arguments[0];
      Promise.resolve()
        .then(() => ${expression})
        .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const result = await this.command('POST', '/execute/async', { script, args: [] });
    if (result?.error) throw new Error(result.error);
    return result?.value ?? null;
  }

  /** The element reference `expression` evaluates to (Execute Script), or null. */
  async element(expression) {
    const value = await this.command('POST', '/execute/sync', { script: `return ${expression};`, args: [] });
    return value?.[ELEMENT] ?? null;
  }

  /**
   * Element Click, after scrolling the element to the middle of the window: WebDriver's own scroll
   * puts it at the bottom edge, under a fixed bar such as the app's tabs, and the click is refused
   * as intercepted. A person scrolls it into the open too.
   */
  async click(element) {
    await this.command('POST', '/execute/sync', {
      script: "arguments[0].scrollIntoView({ block: 'center', inline: 'center' });",
      args: [{ [ELEMENT]: element }],
    });
    return this.command('POST', `/element/${element}/click`, {});
  }

  /** Element Send Keys: types `text`; for a file input, `text` is the files' paths, one a line. */
  sendKeys(element, text) {
    return this.command('POST', `/element/${element}/value`, { text });
  }

  /** Ends the session (the browser closes). */
  close() {
    return this.command('DELETE', '', undefined);
  }
}

/** Whether the driver server at `server` is up and ready for a new session. */
export async function isReady(server) {
  try {
    return (await send(server, 'GET', '/status')).ready === true;
  } catch {
    return false;
  }
}

async function send(server, method, path, body) {
  const response = await fetch(`${server}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (!response.ok || value?.error)
    throw new Error(`WebDriver ${method} ${path}: ${value?.error ?? response.status}: ${value?.message ?? ''}`);
  return value;
}
