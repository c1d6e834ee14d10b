// The driver interface on WebKitGTK: Debian's WebKitWebDriver (a W3C WebDriver server) under
// xvfb-run, driving MiniBrowser, whose automation session is ephemeral (WebKit's Private Browsing:
// nothing is kept on disk). `persistent: true` drives instead a small browser of our own on the same
// WebKitGTK library with an on-disk profile (webkit-profile-browser.py), as Safari keeps data
// outside Private Browsing. Classic WebDriver has no init scripts and no downloads, so the test
// server puts page.mjs's clock and download recorder into the app's page (server.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Driver, removeProfile } from './driver.mjs';
import { callSource, fixClock, recordDownloads } from './page.mjs';
import { WebDriverSession, isReady } from './webdriver.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const PROFILE_BROWSER = new URL('./webkit-profile-browser.py', import.meta.url).pathname;

class WebKitDriver extends Driver {
  constructor(name, session, profile) {
    super(name);
    this.session = session;
    this.profile = profile;
  }

  evaluateSource(expression) {
    return this.session.evaluate(expression);
  }

  elementHandle(expression) {
    return this.session.element(expression);
  }

  clickElement(element) {
    return this.session.click(element);
  }

  typeInto(element, text) {
    return this.session.sendKeys(element, text);
  }

  setFilesOf(element, paths) {
    return this.session.sendKeys(element, paths.join('\n'));
  }

  goto(url) {
    return this.session.navigate(url);
  }

  reload() {
    return this.session.refresh();
  }

  download(trigger) {
    return this.recordedDownload(trigger);
  }

  /** WebDriver has no network switch: the journeys' offline case stops the server instead. */
  async setOffline() {}

  async close() {
    await this.session.close();
    if (this.profile) removeProfile(this.profile);
  }
}

/** A free TCP port on 127.0.0.1 for the driver server. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Why the Python GI bindings of WebKitGTK cannot run our profile browser here, or null. */
function profileBrowserMissing() {
  const probe = spawnSync('/usr/bin/python3', ['-c', "import gi; gi.require_version('WebKit2', '4.1')"], {
    stdio: 'ignore',
  });
  return probe.status === 0 ? null : 'no WebKitGTK Python bindings (apt-get install python3-gi gir1.2-webkit2-4.1)';
}

/** WebKitGTK for the journeys: MiniBrowser's ephemeral session, or `persistent` our on-disk profile browser. */
export function webkitEngine({ persistent = false } = {}) {
  let service = null;
  let server = '';
  let home = '';
  const name = persistent ? 'WebKit (persistent profile)' : 'WebKit (ephemeral)';
  return {
    name,
    /** Why the journeys cannot run here, or null. */
    missing() {
      const which = (command) => spawnSync('which', [command], { stdio: 'ignore' }).status === 0;
      if (!which('WebKitWebDriver')) return 'no WebKitWebDriver (apt-get install webkit2gtk-driver)';
      if (!which('xvfb-run')) return 'no xvfb-run (apt-get install xvfb)';
      if (!existsSync(MINIBROWSER)) return `no ${MINIBROWSER} (apt-get install webkit2gtk-driver)`;
      return persistent ? profileBrowserMissing() : null;
    },
    /** The script the test server puts first in the app's page: the fixed clock and the download recorder. */
    pageScript: ({ now }) => `${callSource(fixClock, now)};${callSource(recordDownloads)};`,
    /** Starts WebKitWebDriver on a virtual display (once per test file). */
    async start() {
      const port = await freePort();
      server = `http://127.0.0.1:${port}`;
      // A home of its own: the browser's downloads (which WebKitGTK saves in the home folder when it has
      // no Downloads folder), caches and settings stay out of the person's, and go with stop().
      home = mkdtempSync(join(tmpdir(), 'smp-webkit-home-'));
      const env = {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_CACHE_HOME: join(home, '.cache'),
        XDG_DATA_HOME: join(home, '.local/share'),
        // WebKitGTK's navigator.languages come from here; the app follows them: the journeys speak en-GB.
        LANGUAGE: 'en_GB',
      };
      // Its own process group, so stop() ends xvfb-run, Xvfb, the driver and the browser together.
      service = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
        detached: true,
        stdio: 'ignore',
        env,
      });
      const deadline = Date.now() + 20_000;
      while (!(await isReady(server))) {
        if (service.exitCode !== null || Date.now() > deadline)
          throw new Error(`${name}: WebKitWebDriver did not start.`);
        await sleep(100);
      }
    },
    async stop() {
      if (service?.exitCode === null) {
        const exited = new Promise((resolve) => service.once('exit', resolve));
        process.kill(-service.pid, 'SIGTERM');
        // A browser that crashed can leave the group deaf to SIGTERM: never wait on it for good.
        const late = setTimeout(() => {
          try {
            process.kill(-service.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }, 5_000);
        await exited;
        clearTimeout(late);
      }
      service = null;
      if (home) removeProfile(home);
    },
    /**
     * A fresh profile (a new session: ephemeral, or on a new folder); "now" comes with the page
     * (pageScript). With `persistent` and `profile`, that folder, kept on close (the benchmark's cold starts).
     */
    async launch({ profile: kept } = {}) {
      const profile = persistent ? (kept ?? mkdtempSync(join(tmpdir(), 'smp-webkit-'))) : null;
      const browserOptions = persistent
        ? { binary: PROFILE_BROWSER, args: [profile] }
        : { binary: MINIBROWSER, args: ['--automation'] };
      const session = await WebDriverSession.start(server, { 'webkitgtk:browserOptions': browserOptions });
      await session.setWindowSize(412, 915);
      return new WebKitDriver(name, session, kept ? null : profile);
    },
  };
}
