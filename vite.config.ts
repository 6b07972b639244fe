// Vite configuration: SvelteKit plus the unit-test setup (Vitest, node environment for pure modules).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { thirdPartyNotices } from './scripts/third-party-notices';

export default defineConfig({
	plugins: [sveltekit(), thirdPartyNotices()],
	server: { fs: { allow: ['geodata'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
