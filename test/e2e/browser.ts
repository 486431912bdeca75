/**
 * End-to-end helpers: a real headless Chromium driven by playwright-core, and the app on a local socket.
 * Chromium comes from the system (Debian package `chromium`); tests skip with a clear message without it.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export const CHROMIUM = process.env.CLAIMLEDGER_CHROMIUM || '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (install the Debian package "chromium" or set CLAIMLEDGER_CHROMIUM)`;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** Serve the app on 127.0.0.1 with a free port; returns the base URL and a stop function. */
export async function listen(app: Hono): Promise<{ base: string; close: () => Promise<void> }> {
  return await new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      resolve({
        base: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
