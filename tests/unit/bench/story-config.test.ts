// The comparison pages' config is made from the project's own data: every chapter with a camera per layout, the routes, the labels.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { benchConfig, CHAPTER_DIR } from '../../../bench/lib/story-config';

describe('bench page config', () => {
	it('has every chapter, a finite camera for each in both layouts, and the journeys as lines', async () => {
		const { map, step } = await benchConfig();
		const files = readdirSync(CHAPTER_DIR).filter((f) => f.endsWith('.md'));
		expect(step.chapters).toHaveLength(files.length);
		for (const layout of ['desktop', 'phone'] as const) {
			expect(step.cameras[layout]).toHaveLength(files.length);
			for (const c of [map.first[layout], ...step.cameras[layout]]) {
				expect([...c.center, c.zoom].every(Number.isFinite)).toBe(true);
			}
		}
		expect(map.first.desktop.padding.left).toBeGreaterThan(0);
		expect(step.routes.features.length).toBeGreaterThan(0);
		expect(step.routes.features.every((f) => f.geometry.coordinates.length >= 2)).toBe(true);
		expect(map.places.features.length).toBeGreaterThan(0);
		expect(map.places.features[0]!.properties).toHaveProperty(`label${map.epoch}`);
	});
});
