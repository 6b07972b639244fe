// Tests for map/live-route's GPU side on a recording fake context: the casing and the line link one program between them, and it goes with the last of them or with a lost context.
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createLiveLayers } from '../../../src/lib/map/route-layers';

/** A WebGL2 context that records what is created and deleted, and can be "lost" and "restored" (its programs gone, the object the same). */
function fakeGl() {
	const live = new Set<object>();
	const log = { programs: 0, links: 0, deletedPrograms: 0 };
	let lost = false;
	const gl = {
		VERTEX_SHADER: 1,
		FRAGMENT_SHADER: 2,
		COMPILE_STATUS: 3,
		LINK_STATUS: 4,
		createProgram: () => {
			log.programs++;
			const p = {};
			live.add(p);
			return p;
		},
		createShader: () => ({}),
		shaderSource: () => {},
		compileShader: () => {},
		getShaderParameter: () => true,
		attachShader: () => {},
		linkProgram: () => log.links++,
		getProgramParameter: () => true,
		isProgram: (p: object) => live.has(p),
		getAttribLocation: () => 0,
		getUniformLocation: () => ({}),
		createBuffer: () => ({}),
		deleteBuffer: () => {},
		deleteProgram: (p: object) => {
			log.deletedPrograms++;
			live.delete(p);
		},
		isContextLost: () => lost
	};
	return {
		gl: gl as unknown as WebGL2RenderingContext,
		log,
		lose: () => {
			lost = true;
			live.clear();
		},
		restore: () => (lost = false)
	};
}
const map = { triggerRepaint: () => {}, getPixelRatio: () => 1 } as unknown as MapLibreMap;

describe('LiveRouteLayer programs', () => {
	it('links one program for the casing and the line, deleted with the last of them', () => {
		const f = fakeGl();
		const { casing, line } = createLiveLayers();
		casing.onAdd(map, f.gl);
		line.onAdd(map, f.gl);
		expect(f.log).toMatchObject({ programs: 1, links: 1 });
		casing.onRemove();
		expect(f.log.deletedPrograms).toBe(0);
		line.onRemove();
		expect(f.log.deletedPrograms).toBe(1);
		// Added again later: a new program.
		line.onAdd(map, f.gl);
		expect(f.log).toMatchObject({ programs: 2, links: 2 });
	});

	it('after a lost and restored context (the same object), links a new program instead of using the dead one', () => {
		const f = fakeGl();
		const first = createLiveLayers();
		first.casing.onAdd(map, f.gl);
		first.line.onAdd(map, f.gl);
		f.lose();
		f.restore();
		// The style rebuilt after the loss has no custom layers; the page adds them again (route-layers addLiveLayers).
		const again = createLiveLayers();
		again.casing.onAdd(map, f.gl);
		again.line.onAdd(map, f.gl);
		expect(f.log).toMatchObject({ programs: 2, links: 2 });
		// The layers of the lost style going now leave the new program alone.
		first.casing.onRemove();
		first.line.onRemove();
		again.casing.onRemove();
		expect(f.log.deletedPrograms).toBe(0);
		again.line.onRemove();
		expect(f.log.deletedPrograms).toBe(1);
	});
});
