// Tests for src/lib/map/live-mesh.ts: a polyline becomes one quad per segment, in Web Mercator units, with the distance along it.
import { describe, expect, it } from 'vitest';
import { LIVE_VERTEX_FLOATS, LIVE_VERTICES_PER_SEGMENT, liveMesh } from '../../../src/lib/map/live-mesh';
import { mercX, mercY } from '../../../src/lib/story/camera';

const line = [
	[116.4, 39.9],
	[117.2, 39.1],
	[119.7, 40.0]
];
const vertex = (mesh: Float32Array, i: number) => Array.from(mesh.slice(i * LIVE_VERTEX_FLOATS, (i + 1) * LIVE_VERTEX_FLOATS));

describe('liveMesh', () => {
	it('has six vertices per segment, and nothing for a single point', () => {
		expect(liveMesh(line).length).toBe(2 * LIVE_VERTICES_PER_SEGMENT * LIVE_VERTEX_FLOATS);
		expect(liveMesh([line[0]!]).length).toBe(0);
	});
	it('gives each vertex its segment in Web Mercator, its corner, and the distance along the line to the segment', () => {
		const mesh = liveMesh(line);
		const m = line.map(([x, y]) => [mercX(x!), mercY(y!)]);
		const first = Math.hypot(m[1]![0]! - m[0]![0]!, m[1]![1]! - m[0]![1]!);
		const second = Math.hypot(m[2]![0]! - m[1]![0]!, m[2]![1]! - m[1]![1]!);
		const [ax, ay, bx, by, u, v, along, length] = vertex(mesh, LIVE_VERTICES_PER_SEGMENT);
		expect([ax, ay, bx, by]).toEqual([...m[1]!, ...m[2]!].map((x) => Math.fround(x)));
		expect([Math.abs(u!), Math.abs(v!)]).toEqual([1, 1]);
		expect(along).toBeCloseTo(first, 7);
		expect(length).toBeCloseTo(second, 7);
	});
	it('covers each segment with two triangles that span both ends and both sides', () => {
		const corners = Array.from({ length: LIVE_VERTICES_PER_SEGMENT }, (_, i) => vertex(liveMesh(line), i).slice(4, 6).join());
		expect(new Set(corners)).toEqual(new Set(['-1,-1', '1,-1', '1,1', '-1,1']));
	});
});
