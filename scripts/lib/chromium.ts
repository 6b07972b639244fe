// Shared by benchmarks and the screenshot tool: serve build/ with `vite preview` and launch Debian's Chromium (never a downloaded one).
import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';

export const CHROMIUM_ARGS = ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Starts `vite preview` on the port and resolves once it answers; call the returned function to stop it. */
export async function startPreview(port: number): Promise<() => void> {
	const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
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
	throw new Error(`vite preview did not start on port ${port}`);
}
