import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../subgraphs/common/paths';

const run = promisify(execFile);

/** The part of @sparticuz/chromium used here: the packaged binary (unpacked on first use) and its flags. */
interface PackagedChromium {
  executablePath(): Promise<string>;
  args: string[];
}
// The package's types describe its ES module, which a CommonJS test cannot import; its CommonJS build is the same API.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sparticuz = require('@sparticuz/chromium') as PackagedChromium;

/** Builds the console with Vite into `outDir` (a child process: Vite is ESM-only, the tests are CommonJS). */
export async function buildConsole(outDir: string): Promise<void> {
  await run(process.execPath, [path.join(projectRoot(), 'scripts', 'console.mjs'), 'build', outDir], {
    cwd: projectRoot(),
  });
}

/**
 * Launches headless Chromium: `CHROMIUM_PATH` when set, else the binary inside the @sparticuz/chromium package the
 * project installs. Never a download. If neither launches, this throws and the test fails: it is never skipped.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || (await sparticuz.executablePath());
  return chromium.launch({
    executablePath,
    headless: true,
    // The packaged binary's own flags, plus those that keep Chromium off this machine's closed network.
    args: [
      // --single-process (meant for AWS Lambda) makes closing one browser context end the whole browser.
      ...sparticuz.args.filter((a) => a !== '--single-process'),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Where screenshots of each screen are kept (git-ignored test artifacts). */
export const ARTIFACTS = path.join(projectRoot(), 'test-artifacts', 'console');

/** Saves a full-page screenshot named after the screen. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Collects what the page reports as errors (console errors and uncaught exceptions) for a test to assert none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
