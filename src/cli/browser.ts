import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { UserError } from './errors.js';

/** Where Chrome and Chromium are installed by the usual packages on Linux, macOS and Windows. */
function installPaths(env: NodeJS.ProcessEnv): string[] {
  const windows = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
    .filter((d): d is string => !!d)
    .flatMap((d) => [join(d, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(d, 'Chromium', 'Application', 'chrome.exe'), join(d, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]);
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...windows,
  ];
}

/** The same programs found through PATH, for installs outside the usual places. */
function onPath(env: NodeJS.ProcessEnv): string[] {
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
  return (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => names.map((n) => join(dir, n)));
}

export const NO_CHROMIUM = 'no Chromium or Chrome found: install one (Debian/Ubuntu: apt-get install chromium; or Google Chrome) or set CHROME_PATH to its executable';

/**
 * The system's Chromium: $CHROME_PATH when set (and then it must exist), else the
 * usual install paths, else PATH. Undefined when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  if (env.CHROME_PATH) {
    if (!exists(env.CHROME_PATH)) throw new UserError(`CHROME_PATH=${env.CHROME_PATH}: no such file (point it at a Chromium or Chrome executable)`);
    return env.CHROME_PATH;
  }
  return [...installPaths(env), ...onPath(env)].find((p) => exists(p));
}

/** Headless Chromium with the flags a closed network and a root user need. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new UserError(NO_CHROMIUM);
  // Loaded on demand: only PDF printing and the tests need a browser.
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (e) {
    throw new UserError(`${executablePath}: could not start it (${String((e as Error).message).split('\n')[0]})`);
  }
}
