/**
 * `claimledger serve` as a process: the demo is loaded into a fresh database once, the server listens where told,
 * and bound to a non-loopback address it generates a write token, says so, and enforces it.
 * Runs the command from src/ through tsx (the compiled bin runs the same module).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Running { child: ChildProcess; out: () => string; base: string }

/** Start the server and wait for its "serving ... on http://host:port/" line. */
async function start(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', `import('./src/cli/main.ts').then(async (m) => { process.exitCode = await m.main(${JSON.stringify(['serve', ...args])}); })`], {
    cwd: root, env: { ...process.env, CLAIMLEDGER_TOKEN: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /serving .* on (http:\/\/\S+?)\/\n/.exec(out);
      if (m) { clearInterval(timer); resolve(m[1]!.replace('0.0.0.0', '127.0.0.1')); }
    }, 50);
    child.on('exit', (code) => { clearInterval(timer); reject(new Error(`serve exited with ${code}: ${out}`)); });
    // A safety net, not a speed check: a server that never announces itself must not hang the test run.
    setTimeout(() => { clearInterval(timer); child.kill('SIGKILL'); reject(new Error(`serve did not start: ${out}`)); }, 120_000).unref();
  });
  return { child, out: () => out, base };
}

/** Servers started by the current test; a failed assertion must not leave one running (it would hang the run). */
const running: Running[] = [];
async function stopAll(): Promise<void> {
  for (const r of running.splice(0)) if (r.child.exitCode === null && r.child.signalCode === null) await stop(r);
}

async function stop(r: Running): Promise<number | null> {
  if (r.child.exitCode !== null) return r.child.exitCode;
  const exited = new Promise<number | null>((resolve) => r.child.on('exit', (code) => resolve(code)));
  r.child.kill('SIGTERM');
  return exited;
}

const post = (base: string, headers: Record<string, string> = {}) => fetch(`${base}/api/articles`, {
  method: 'POST', headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify({ text: 'Die Feuerwehr meldete am Montag zwei Verletzte.', outlet: 'Prozessblatt', publishedAt: '2025-06-02' }),
});

test('serve: a fresh database gets the demo once; loopback writes need no token', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-serve-'));
  const db = join(dir, 'test.sqlite');
  try {
    const first = await start(['--port', '0', '--db', db]);
    running.push(first);
    assert.match(first.out(), /loaded the fictional demo corpus: 12 articles/);
    const stories = await (await fetch(`${first.base}/api/stories`)).json() as { stories: unknown[] };
    assert.ok(stories.stories.length >= 2);
    assert.equal((await post(first.base)).status, 201);
    assert.equal(await stop(first), 0);

    const second = await start(['--port', '0', '--db', db]);
    running.push(second);
    assert.doesNotMatch(second.out(), /loaded the fictional demo corpus/, 'the demo is loaded only into an empty store');
    assert.equal(await stop(second), 0);
  } finally {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve: on a non-loopback address writes need a token, generated and announced when none is given', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-serve-'));
  try {
    const r = await start(['--host', '0.0.0.0', '--port', '0', '--db', join(dir, 't.sqlite'), '--no-demo']);
    running.push(r);
    const token = /generated token: (\S+)/.exec(r.out())?.[1];
    assert.ok(token, `the token is printed: ${r.out()}`);
    assert.match(r.out(), /writes require the token \(bound to 0\.0\.0\.0, not loopback\)/);
    assert.equal((await post(r.base)).status, 401);
    assert.equal((await post(r.base, { Authorization: `Bearer ${token}` })).status, 201);
    await stop(r);

    const given = await start(['--host', '0.0.0.0', '--port', '0', '--db', join(dir, 't.sqlite'), '--no-demo'], { CLAIMLEDGER_TOKEN: 'from-env' });
    running.push(given);
    assert.doesNotMatch(given.out(), /generated token/);
    assert.equal((await post(given.base, { Authorization: 'Bearer from-env' })).status, 200, 'same text again: unchanged');
    await stop(given);
  } finally {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve: bad options are refused with a clear message', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', `import('./src/cli/main.ts').then(async (m) => { process.exitCode = await m.main(['serve', '--port', 'eighty']); })`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  assert.equal(code, 2);
  assert.match(err, /--port must be a number from 0 to 65535, not "eighty"/);
});
