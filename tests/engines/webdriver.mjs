// A small W3C WebDriver client over fetch, for the engines playwright-core cannot drive
// here (Debian's Firefox ESR and WebKitGTK need playwright's own patched builds, which
// cannot be downloaded). Each driver runs in its own process group and is stopped with it:
// xvfb-run would otherwise leave its Xvfb server behind.
import { spawn } from 'node:child_process';
import { freePort } from '../../scripts/lib/nginx.mjs';
import { poll } from '../../scripts/lib/poll.mjs';

const FIREFOX = '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines: their browser, how to start their drivers and what to ask them for. */
export const ENGINES = {
  firefox: {
    name: 'Firefox',
    product: 'Firefox ESR',
    binary: FIREFOX,
    driver: (port) => ['geckodriver', ['--port', String(port), '--binary', FIREFOX]],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { args: ['-headless'], prefs: { 'devtools.console.stdout.content': true } },
    },
  },
  webkit: {
    name: 'WebKit',
    product: 'WebKitGTK (MiniBrowser)',
    binary: MINIBROWSER,
    driver: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1280x900x24', 'WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER,
        args: ['--automation'],
      },
    },
  },
};

/** The W3C key code of Enter (WebDriver's "Element Send Keys" takes these). */
export const ENTER = '\uE007';
export const ESCAPE = '\uE00C';

/**
 * Starts the engine's driver and a session in it, with the engine's capabilities and
 * `capabilities` (e.g. `{ pageLoadStrategy: 'eager' }`); resolves to a `Session`.
 */
export async function startSession(engine, capabilities = {}) {
  const spec = ENGINES[engine];
  const port = await freePort();
  const [command, args] = spec.driver(port);
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => {
    log = (log + chunk).slice(-4000);
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await poll(
      () =>
        fetch(`${endpoint}/status`).then(
          (r) => r.ok,
          () => false,
        ),
      { timeout: 30000, message: () => `waiting for ${spec.name}'s driver on ${endpoint}: ${log}` },
    );
    const { value } = await call(endpoint, 'POST', '/session', {
      capabilities: { alwaysMatch: { ...spec.capabilities, ...capabilities } },
    });
    return new Session(endpoint, value.sessionId, value.capabilities, stop, spec.product);
  } catch (err) {
    stop();
    throw err;
  }
}

export class Session {
  constructor(endpoint, id, capabilities, stop, product) {
    this.base = `${endpoint}/session/${id}`;
    this.endpoint = endpoint;
    this.capabilities = capabilities;
    this.stopDriver = stop;
    this.product = product;
  }

  /** The browser and the version its driver reports. */
  get version() {
    return `${this.product} ${this.capabilities.browserVersion}`;
  }

  send(method, path, body) {
    return call(this.endpoint, method, `${this.base.slice(this.endpoint.length)}${path}`, body).then((r) => r.value);
  }

  goto(url) {
    return this.send('POST', '/url', { url });
  }
  url() {
    return this.send('GET', '/url');
  }
  back() {
    return this.send('POST', '/back', {});
  }

  /** Runs `fn` (a function, serialised) in the page with `args`; returns its result. */
  run(fn, ...args) {
    return this.send('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /** Runs an async `fn` in the page; the driver's script timeout bounds it. */
  runAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value }), (err) => done({ error: String(err) }));`;
    return this.send('POST', '/execute/async', { script, args }).then((r) => {
      if (r?.error) throw new Error(r.error);
      return r?.value;
    });
  }

  /**
   * Polls `fn` in the page until it returns a truthy value (at most `timeout` ms). An error in
   * the page (a document being replaced) counts as not yet; a browser gone ends the wait.
   */
  waitFor(fn, { args = [], timeout = 20000, what = String(fn) } = {}) {
    const once = () =>
      this.run(fn, ...args).catch((err) => {
        if (browserGone(err)) throw err;
        return false;
      });
    return poll(once, { timeout, message: `waiting for ${what}` });
  }

  /** Whether the browser still answers its driver (after a crash, the session is gone). */
  alive() {
    return this.url().then(
      () => true,
      () => false,
    );
  }

  /** The element reference for a CSS selector (the first match). */
  async find(selector) {
    const value = await this.send('POST', '/element', { using: 'css selector', value: selector });
    return Object.values(value)[0];
  }

  click(element) {
    return this.send('POST', `/element/${element}/click`, {});
  }
  /** Sets the window's outer size; returns the rectangle the browser gives it. */
  resize(width, height) {
    return this.send('POST', '/window/rect', { width, height });
  }
  type(element, text) {
    return this.send('POST', `/element/${element}/value`, { text });
  }

  async screenshot() {
    return Buffer.from(await this.send('GET', '/screenshot'), 'base64');
  }

  async close() {
    try {
      await call(this.endpoint, 'DELETE', this.base.slice(this.endpoint.length));
    } finally {
      this.stopDriver();
    }
  }
}

/**
 * What a driver answers once its browser has crashed or quit: the session is unknown to it
 * (`invalid session id`, geckodriver's lost connection to Marionette, WebKitWebDriver's
 * closed automation session), or the driver itself no longer answers.
 */
const GONE =
  /invalid session id|session (was )?deleted|session not created|no such window|browser has disconnected|not reachable|crashed|Marionette|connection (refused|reset|closed)|fetch failed/i;

/** Whether `err`, from a command, says that the browser is gone. */
export function browserGone(err) {
  return err?.browserGone === true;
}

async function call(endpoint, method, path, body) {
  let response;
  let json;
  try {
    response = await fetch(`${endpoint}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(60000),
    });
    json = await response.json();
  } catch (err) {
    // The driver does not answer (its process ended, or it hangs with its browser).
    throw Object.assign(new Error(`WebDriver ${method} ${path}: no answer from the driver: ${err.cause?.message ?? err.message}`), {
      cause: err,
      browserGone: true,
    });
  }
  if (!response.ok) {
    const { error, message } = json.value ?? {};
    const text = `${error}: ${message}`;
    throw Object.assign(new Error(`WebDriver ${method} ${path}: ${text}`), { browserGone: GONE.test(text) });
  }
  return json;
}
