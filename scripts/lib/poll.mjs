// The one polling loop of the scripts and the tests, for what no event announces (a server
// that starts listening, a frame's height that follows its content, a browser state read
// over WebDriver). What the page can compute itself is better waited for in the page
// (playwright's waitForFunction).

/**
 * Calls `fn` until it resolves to a truthy value, and resolves to that value: at once, then
 * every `interval` ms. After `timeout` ms it fails, with `message` (a string, or a function
 * called then, to say what was last seen). An error `fn` throws ends the polling with it.
 */
export async function poll(fn, { timeout = 15000, interval = 100, message = `${fn}` } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() >= end) {
      throw new Error(`${typeof message === 'function' ? message() : message} (gave up after ${timeout} ms)`);
    }
    await new Promise((ok) => setTimeout(ok, interval));
  }
}
