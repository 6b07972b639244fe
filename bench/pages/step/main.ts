// The step page, in the mapbox/storytelling pattern: the chapters become Scrollama steps built from a config, and entering a step flies the map to that chapter's camera.
// The cameras are the story's own (scene() at each chapter's progress 1); the journeys' full routes are static lines. No scrubbing.
import scrollama from 'scrollama';
import { LAZY_SOURCES, ROUTE_INSERT_BEFORE } from '../../../src/lib/map/style';
import { fetchDueSources } from '../../../src/lib/map/fetch-lazy';
import config from 'virtual:bench-step';
import { createMap, layout, markFirstRender } from '../shared/map';

const INK = '#a3201a';

const story = document.getElementById('story')!;
const header = document.createElement('div');
header.id = 'header';
const h1 = document.createElement('h1');
h1.innerText = config.title;
const sub = document.createElement('p');
sub.innerText = config.subtitle;
header.append(h1, sub);
story.appendChild(header);

const features = document.createElement('div');
features.id = 'features';
config.chapters.forEach((chapter, i) => {
	const container = document.createElement('div');
	const card = document.createElement('div');
	const dates = document.createElement('p');
	dates.className = 'dates';
	dates.innerText = chapter.dates;
	const title = document.createElement('h3');
	title.innerText = chapter.title;
	const text = document.createElement('div');
	// Our own Markdown, rendered at build time.
	text.innerHTML = chapter.html;
	card.append(dates, title, text);
	card.classList.add('light');
	container.id = chapter.id;
	container.classList.add('step', 'lefty');
	if (i === 0) container.classList.add('active');
	container.appendChild(card);
	features.appendChild(container);
});
story.appendChild(features);

const footer = document.createElement('div');
footer.id = 'footer';
footer.innerHTML = '<p>Basemap: Natural Earth (public domain) via world-atlas, redrawn with 1949 borders. Railway alignments: OpenStreetMap contributors (ODbL).</p>';
story.appendChild(footer);

const stage = document.querySelector<HTMLElement>('.map-stage')!;
const map = createMap(stage);
const scroller = scrollama();

markFirstRender(map, stage, () => {
	map.addSource('routes', { type: 'geojson', data: config.routes });
	map.addLayer(
		{
			id: 'routes-line',
			type: 'line',
			source: 'routes',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': INK,
				'line-width': 2.5,
				'line-opacity': 0.8,
				'line-dasharray': ['case', ['==', ['get', 'certainty'], 'inferred'], ['literal', [1.5, 1.5]], ['literal', [1, 0]]]
			}
		},
		ROUTE_INSERT_BEFORE
	);
	// The same map as the story's: its detail tier and city plans, fetched as the story fetches them, when the camera comes near (map/lazy-sources.ts).
	const loaded = new Set<string>();
	const fetchDue = () => {
		fetchDueSources(map, LAZY_SOURCES, loaded, map.getZoom(), (file) => new URL(`/${file}`, location.href).href);
		if (loaded.size === LAZY_SOURCES.length) map.off('move', fetchDue);
	};
	map.on('move', fetchDue);
	scroller
		.setup({ step: '.step', offset: 0.5, progress: true })
		.onStepEnter((response) => {
			response.element.classList.add('active');
			map.flyTo(config.cameras[layout][response.index]!);
		})
		.onStepExit((response) => {
			response.element.classList.remove('active');
		});
}, ['routes']);

window.addEventListener('resize', () => scroller.resize());
