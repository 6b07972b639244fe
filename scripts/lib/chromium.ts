// Shared by benchmarks and the screenshot tool: serve build/ with python3's static server (as the README does) and launch Debian's Chromium (never a downloaded one).
import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';

export const CHROMIUM_ARGS = ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Serves build/ on the port and resolves once it answers; call the returned function to stop it. */
export async function startPreview(port: number, dir = 'build'): Promise<() => void> {
	const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore', detached: true });
	const stop = () => {
		try {
			process.kill(-server.pid!);
		} catch {
			/* already gone */
		}
	};
	for (let i = 0; i < 150; i++) {
		try {
			await fetch(`http://127.0.0.1:${port}/`);
			return stop;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	stop();
	throw new Error(`the static server did not start on port ${port}`);
}
