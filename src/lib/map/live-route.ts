// The moving part of the route as a WebGL custom layer: drawn by the main thread in the frame the camera and the vehicle move in, no tiles and no worker.
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { LIVE_VERTEX_FLOATS } from './live-mesh';

/*
 * Why a custom layer. The travelled route must end exactly at the vehicle at every zoom, in the frame the vehicle
 * moves. As GeoJSON, every move of the tip was a message to MapLibre's worker, a re-cut of the tiles it touched and a
 * reload of them, and MapLibre also empties a source's cache of tiles with every change: a third of all the messages
 * of a scroll-through, and the tip a frame or more behind the vehicle. The journey being told is drawn here instead,
 * from its vertices, a quad per segment rounded into a capsule in the fragment shader (round joins and caps, as the
 * style's lines have), dashed where a leg is inferred. Capsules overlap at the joins, which an opaque line does not
 * show (the told line is opaque; its casing, at 0.9, barely). The journeys not being told stay in their GeoJSON source.
 */

/** How the line looks: a CSS hex colour, an opacity, a width in CSS pixels and, for a dashed line, dash and gap in line widths. */
export interface LiveLineStyle {
	color: string;
	opacity: number;
	width: number;
	dash?: readonly [number, number];
}

/** What to draw: meshes of polylines (live-mesh.ts liveMesh), each dashed or not; the style's dash applies to the dashed ones. */
export interface LiveMeshes {
	solid: readonly Float32Array[];
	dashed: readonly Float32Array[];
}

const VERTEX = `
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_reach;
attribute vec2 a_a;
attribute vec2 a_b;
attribute vec2 a_corner;
attribute vec2 a_along;
varying vec2 v_p;
varying vec2 v_a;
varying vec2 v_b;
varying vec2 v_along;
vec2 screen(vec2 m) {
	vec4 c = u_matrix * vec4(m, 0.0, 1.0);
	return (c.xy / c.w * 0.5 + 0.5) * u_viewport;
}
void main() {
	vec2 a = screen(a_a);
	vec2 b = screen(a_b);
	vec2 d = b - a;
	float len = length(d);
	vec2 dir = len > 0.0 ? d / len : vec2(1.0, 0.0);
	vec2 n = vec2(-dir.y, dir.x);
	vec2 p = (a_corner.x < 0.0 ? a : b) + dir * a_corner.x * u_reach + n * a_corner.y * u_reach;
	v_p = p;
	v_a = a;
	v_b = b;
	v_along = a_along;
	gl_Position = vec4(p / u_viewport * 2.0 - 1.0, 0.0, 1.0);
}`;

const FRAGMENT = `
precision highp float;
uniform vec4 u_color;
uniform float u_half;
uniform vec2 u_dash;
uniform float u_world;
varying vec2 v_p;
varying vec2 v_a;
varying vec2 v_b;
varying vec2 v_along;
void main() {
	vec2 d = v_b - v_a;
	float l2 = dot(d, d);
	float t = l2 > 0.0 ? dot(v_p - v_a, d) / l2 : 0.0;
	float across = length(v_p - (v_a + clamp(t, 0.0, 1.0) * d));
	float dist = across;
	if (u_dash.x > 0.0) {
		// Round dashes as MapLibre draws them with round caps: each dash a capsule round its length, so the caps eat into the gap.
		float s = (v_along.x + t * v_along.y) * u_world;
		float period = u_dash.x + u_dash.y;
		float u = s - (floor((s - 0.5 * u_dash.x) / period + 0.5) * period + 0.5 * u_dash.x);
		dist = length(vec2(max(0.0, abs(u) - 0.5 * u_dash.x), across));
	}
	float alpha = clamp(u_half + 0.5 - dist, 0.0, 1.0);
	if (alpha <= 0.0) discard;
	gl_FragColor = u_color * alpha;
}`;

const rgb = (hex: string): [number, number, number] => {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`live route: colour "${hex}" is not #rrggbb`);
	return [parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255];
};

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
	const shader = gl.createShader(type)!;
	gl.shaderSource(shader, source);
	gl.compileShader(shader);
	if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS) && !gl.isContextLost()) throw new Error(`live route shader: ${gl.getShaderInfoLog(shader)}`);
	return shader;
}

/** The program the live layers draw with: one per WebGL context, shared by every layer on it (a link blocks the main thread). */
interface Program {
	program: WebGLProgram;
	attributes: Record<'a_a' | 'a_b' | 'a_corner' | 'a_along', number>;
	uniforms: Record<'u_matrix' | 'u_viewport' | 'u_reach' | 'u_color' | 'u_half' | 'u_dash' | 'u_world', WebGLUniformLocation | null>;
	/** Layers using it; the last to go deletes it. */
	users: number;
}

interface Gpu {
	gl: WebGL2RenderingContext;
	buffer: WebGLBuffer;
	/** The shared program this layer holds a use of. */
	shared: Program;
}

const programs = new WeakMap<WebGL2RenderingContext, Program>();

/** The context's live-route program, compiled and linked the first time a layer asks: the casing and the line share it. */
function acquireProgram(g: WebGL2RenderingContext): Program {
	const known = programs.get(g);
	// A context that was lost and given back is the same object, but the program it had is gone (isProgram says so).
	if (known && g.isProgram(known.program)) {
		known.users++;
		return known;
	}
	const program = g.createProgram()!;
	g.attachShader(program, compile(g, g.VERTEX_SHADER, VERTEX));
	g.attachShader(program, compile(g, g.FRAGMENT_SHADER, FRAGMENT));
	g.linkProgram(program);
	if (!g.getProgramParameter(program, g.LINK_STATUS) && !g.isContextLost()) throw new Error(`live route program: ${g.getProgramInfoLog(program)}`);
	const attribute = (name: keyof Program['attributes']) => g.getAttribLocation(program, name);
	const uniform = (name: keyof Program['uniforms']) => g.getUniformLocation(program, name);
	const made: Program = {
		program,
		attributes: { a_a: attribute('a_a'), a_b: attribute('a_b'), a_corner: attribute('a_corner'), a_along: attribute('a_along') },
		uniforms: { u_matrix: uniform('u_matrix'), u_viewport: uniform('u_viewport'), u_reach: uniform('u_reach'), u_color: uniform('u_color'), u_half: uniform('u_half'), u_dash: uniform('u_dash'), u_world: uniform('u_world') },
		users: 1
	};
	programs.set(g, made);
	return made;
}

/** Gives back one use of `p`: the last deletes it, unless a lost context already took it (a newer program has replaced it). */
function releaseProgram(g: WebGL2RenderingContext, p: Program): void {
	if (--p.users > 0 || programs.get(g) !== p) return;
	programs.delete(g);
	if (!g.isContextLost()) g.deleteProgram(p.program);
}

/** A custom layer that draws `LiveMeshes` in one style; `set` replaces them and asks for a frame. */
export class LiveRouteLayer implements CustomLayerInterface {
	readonly type = 'custom' as const;
	readonly renderingMode = '2d' as const;
	private map: MapLibreMap | null = null;
	private gpu: Gpu | null = null;
	private mesh = new Float32Array(0);
	/** Vertices of the solid lines first, then of the dashed ones. */
	private solidVertices = 0;
	private dashedVertices = 0;
	private uploaded = false;
	private readonly color: [number, number, number, number];

	constructor(
		readonly id: string,
		private readonly style: LiveLineStyle
	) {
		const [r, g, b] = rgb(style.color);
		// Premultiplied, as MapLibre blends.
		this.color = [r * style.opacity, g * style.opacity, b * style.opacity, style.opacity];
	}

	/** Replaces what the layer draws (nothing: empty lists). The meshes are built once for the layers that share them. */
	set(meshes: LiveMeshes): void {
		const solid = meshes.solid;
		const dashed = this.style.dash ? meshes.dashed : [];
		const parts = [...solid, ...dashed];
		const mesh = new Float32Array(parts.reduce((a, p) => a + p.length, 0));
		let o = 0;
		for (const p of parts) {
			mesh.set(p, o);
			o += p.length;
		}
		const count = (ps: readonly Float32Array[]) => ps.reduce((a, p) => a + p.length, 0) / LIVE_VERTEX_FLOATS;
		this.mesh = mesh;
		this.solidVertices = count(solid);
		this.dashedVertices = count(dashed);
		this.uploaded = false;
		this.map?.triggerRepaint();
	}

	/** Vertices it draws now. */
	get vertexCount(): number {
		return this.solidVertices + this.dashedVertices;
	}

	onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
		this.map = map;
		const g = gl as WebGL2RenderingContext;
		this.gpu = { gl: g, buffer: g.createBuffer()!, shared: acquireProgram(g) };
		this.uploaded = false;
	}

	onRemove(): void {
		const gpu = this.gpu;
		this.gpu = null;
		this.map = null;
		if (!gpu) return;
		if (!gpu.gl.isContextLost()) gpu.gl.deleteBuffer(gpu.buffer);
		releaseProgram(gpu.gl, gpu.shared);
	}

	render(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
		const gpu = this.gpu;
		const map = this.map;
		if (!gpu || !map || this.vertexCount === 0) return;
		const g = gl as WebGL2RenderingContext;
		const ratio = map.getPixelRatio();
		const half = (this.style.width * ratio) / 2;
		g.useProgram(gpu.shared.program);
		g.bindBuffer(g.ARRAY_BUFFER, gpu.buffer);
		if (!this.uploaded) {
			g.bufferData(g.ARRAY_BUFFER, this.mesh, g.DYNAMIC_DRAW);
			this.uploaded = true;
		}
		const stride = LIVE_VERTEX_FLOATS * 4;
		const a = gpu.shared.attributes;
		const pointers: [number, number][] = [
			[a.a_a, 0],
			[a.a_b, 2],
			[a.a_corner, 4],
			[a.a_along, 6]
		];
		for (const [loc, offset] of pointers) {
			g.enableVertexAttribArray(loc);
			g.vertexAttribPointer(loc, 2, g.FLOAT, false, stride, offset * 4);
		}
		const u = gpu.shared.uniforms;
		g.uniformMatrix4fv(u.u_matrix, false, args.defaultProjectionData.mainMatrix as Float32Array);
		g.uniform2f(u.u_viewport, g.drawingBufferWidth, g.drawingBufferHeight);
		g.uniform1f(u.u_half, half);
		// The quad reaches a pixel past the line's edge for its antialiasing.
		g.uniform1f(u.u_reach, half + 1);
		g.uniform4fv(u.u_color, this.color);
		// Web Mercator units to device pixels: MapLibre's world is 512 px wide at zoom 0.
		g.uniform1f(u.u_world, 512 * 2 ** map.getZoom() * ratio);
		if (this.solidVertices) {
			g.uniform2f(u.u_dash, 0, 0);
			g.drawArrays(g.TRIANGLES, 0, this.solidVertices);
		}
		if (this.dashedVertices && this.style.dash) {
			const width = this.style.width * ratio;
			g.uniform2f(u.u_dash, this.style.dash[0] * width, this.style.dash[1] * width);
			g.drawArrays(g.TRIANGLES, this.solidVertices, this.dashedVertices);
		}
		for (const [loc] of pointers) g.disableVertexAttribArray(loc);
	}
}

