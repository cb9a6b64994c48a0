// How an engines check's outcome is recorded in the matrix (build/engines/matrix.md).
import { browserGone } from './webdriver.mjs';

/**
 * Runs `fn`, a check, and records its outcome in `matrix` as `row(name)` with a result. A
 * browser that crashed during the check (its driver no longer knows the session, or a
 * command said so) fails it, whatever the check itself got to see: what the app did may be
 * what made the engine crash. `restart` then starts a browser for the next checks. Throws
 * when the check failed, so that the test fails too.
 */
export async function recordCheck(name, fn, { browser, matrix, row, restart, log = console.log }) {
  let failure = null;
  try {
    await fn();
  } catch (err) {
    failure = err;
  }
  if (browserGone(failure) || !(await browser().alive())) {
    matrix.push({ ...row(`${name} (the browser crashed)`), result: 'FAILED' });
    const seen = failure ? `: ${failure.message}` : ' (the check itself had passed)';
    log(`the browser crashed during “${name}”${seen}; starting it again for the next checks`);
    await browser()
      .close()
      .catch(() => {});
    await restart().catch((err) => log(`the browser did not start again: ${err.message}`));
    throw new Error(`the browser crashed during “${name}”${seen}`, { cause: failure ?? undefined });
  }
  matrix.push({ ...row(name), result: failure ? 'FAILED' : 'passed' });
  if (failure) throw failure;
}
