// Ambient types for SvelteKit.
import type { Position } from '$lib/story/position';

declare global {
	namespace App {
		/** What a history entry of the story remembers: where the reader was (shallow routing, src/routes/+page.svelte). */
		interface PageState {
			position?: Position;
		}
	}
}
export {};
