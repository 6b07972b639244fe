// Benchmark: cost of the pure engine per scroll update (scene + route slice) over the whole story, in Node. Prints figures.
import { checkAll } from '../scripts/check-all';
import { parseChapters } from '../src/lib/content/parse';
import { buildStory } from '../src/lib/content/build';
import { scene } from '../src/lib/story/scene';
import { drawnNetwork } from '../src/lib/map/route-features';
import { emptySent, planRouteUpdate } from '../src/lib/map/route-diff';
import { readdirSync, readFileSync } from 'node:fs';

export function benchScene(): Record<string, string> {
	const { geodata } = checkAll();
	if (!geodata) throw new Error('geodata invalid: run npm run validate');
	const dir = 'src/content/en/chapters';
	const sources = new Map(geodata.sources.map((x) => [x.id, x]));
	const chapters = parseChapters(Object.fromEntries(readdirSync(dir).map((f) => [`${dir}/${f}`, readFileSync(`${dir}/${f}`, 'utf8')])), sources);
	const story = buildStory(geodata, chapters);
	const vp = { width: 1440, height: 900, padding: { top: 0, right: 0, bottom: 0, left: 512 } };
	const steps = 2000;
	const run = (fn: (i: number, p: number) => void) => {
		const t0 = performance.now();
		for (let k = 0; k < steps; k++) {
			const x = (k / steps) * story.chapters.length;
			fn(Math.floor(x), x - Math.floor(x));
		}
		return (performance.now() - t0) / steps;
	};
	run((i, p) => scene(story, { index: i, progress: p }, vp)); // warm-up
	const sceneMs = run((i, p) => scene(story, { index: i, progress: p }, vp));
	const scenes = Array.from({ length: steps }, (_, k) => {
		const x = (k / steps) * story.chapters.length;
		return scene(story, { index: Math.floor(x), progress: x - Math.floor(x) }, vp);
	});
	let k = 0;
	let sent = emptySent();
	const sliceMs = run(() => {
		const s = scenes[k++ % steps]!;
		sent = planRouteUpdate(sent, drawnNetwork(story.journeys, s.routes), s.camera.zoom).sent;
	});
	const vertices = [...story.journeys.values()].reduce((a, j) => a + j.coords.length, 0);
	return {
		'route vertices (all journeys)': String(vertices),
		'scene() per update': `${(sceneMs * 1000).toFixed(1)} µs`,
		'drawn-route pieces and diff per update': `${(sliceMs * 1000).toFixed(1)} µs`
	};
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(benchScene());
