// The engines matrix records a check as passed only when it passed and its browser is still
// there: a crash the app may have caused is a failure (record.mjs), with stand-in browsers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordCheck } from './record.mjs';

/** A stand-in for a WebDriver session: alive or not; counts closes and restarts. */
function setup({ alive }) {
  const state = { closed: 0, restarted: 0, lines: [] };
  const matrix = [];
  const browser = { alive: async () => alive, close: async () => state.closed++ };
  const options = {
    browser: () => browser,
    matrix,
    row: (check) => ({ check }),
    restart: async () => state.restarted++,
    log: (line) => state.lines.push(line),
  };
  return { state, matrix, options };
}

/** An error as a command gets it once the browser is gone (webdriver.mjs). */
function goneError() {
  return Object.assign(new Error('invalid session id'), { browserGone: true });
}

test('a check that passes, its browser still there, is passed', async () => {
  const { state, matrix, options } = setup({ alive: true });
  await recordCheck('home', async () => {}, options);
  assert.deepEqual(matrix, [{ check: 'home', result: 'passed' }]);
  assert.equal(state.restarted, 0);
});

test('a check that fails is FAILED and fails its test', async () => {
  const { matrix, options } = setup({ alive: true });
  await assert.rejects(
    recordCheck(
      'map',
      async () => {
        throw new Error('no path drawn');
      },
      options,
    ),
    /no path drawn/,
  );
  assert.deepEqual(matrix, [{ check: 'map', result: 'FAILED' }]);
});

test('a check after which the browser is gone is FAILED, even if it passed; the browser starts again', async () => {
  const { state, matrix, options } = setup({ alive: false });
  await assert.rejects(
    recordCheck('search', async () => {}, options),
    /crashed during “search” \(the check itself had passed\)/,
  );
  assert.deepEqual(matrix, [{ check: 'search (the browser crashed)', result: 'FAILED' }]);
  assert.deepEqual([state.closed, state.restarted], [1, 1]);
});

test('a command that finds the browser gone makes the check FAILED as a crash', async () => {
  const { state, matrix, options } = setup({ alive: true });
  await assert.rejects(
    recordCheck(
      'offline',
      async () => {
        throw goneError();
      },
      options,
    ),
    /crashed during “offline”: invalid session id/,
  );
  assert.deepEqual(matrix, [{ check: 'offline (the browser crashed)', result: 'FAILED' }]);
  assert.equal(state.restarted, 1);
});
