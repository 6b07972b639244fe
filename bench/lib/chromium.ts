// Debian's Chromium with exactly the flags the browser tests use (playwright.config.ts): software WebGL, and no background requests that could leave the machine.
import { chromium, type Browser } from '@playwright/test';
import config from '../../playwright.config';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BENCH_FLAGS: readonly string[] = config.use?.launchOptions?.args ?? [];

export function launchBench(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...BENCH_FLAGS] });
}
