// The dated events the story has reached, on the map: one marker per place (its latest event's label), a button that shows the notes on tap or focus. Owns its DOM markers and removes them.
import { escapeHtml as esc } from '../content/escape-html';
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { EventCore, PlaceCore } from '../data/types';
import { mercX, mercY } from '../story/camera';

/** Events closer than this on screen share one marker: the Kremlin, the Metropol and the Bolshoi are a few hundred metres apart. */
export const EVENT_GROUP_PX = 110;

/** Groups events (in date order) whose places lie within EVENT_GROUP_PX of each other at `zoom`; each group sits at its first place. */
export function groupEvents(events: readonly EventCore[], places: ReadonlyMap<string, PlaceCore>, zoom: number): { place: PlaceCore; events: EventCore[] }[] {
	const scale = 512 * 2 ** zoom;
	const groups: { place: PlaceCore; x: number; y: number; events: EventCore[] }[] = [];
	for (const e of events) {
		const p = places.get(e.place);
		if (!p) continue;
		const [x, y] = [mercX(p.lngLat[0]) * scale, mercY(p.lngLat[1]) * scale];
		const g = groups.find((g) => Math.hypot(g.x - x, g.y - y) < EVENT_GROUP_PX);
		if (g) g.events.push(e);
		else groups.push({ place: p, x, y, events: [e] });
	}
	return groups.map(({ place, events }) => ({ place, events }));
}

/** Events are places in a city: from this zoom on they are told apart; below it they would sit on top of each other. */
export const EVENT_MIN_ZOOM = 8;

export interface EventWords {
	/** The short label and the note of an event, in the page's language. */
	text: (e: EventCore) => { label: string; note: string };
	/** The event's date, in the page's language. */
	date: (e: EventCore, place: PlaceCore | undefined) => string;
	/** "3 events here", for the marker's accessible name. */
	count: (n: number) => string;
}

type MarkerFactory = (element: HTMLElement) => Marker;

interface Shown {
	marker: Marker;
	key: string;
}

export class EventMarkers {
	private shown = new Map<string, Shown>();

	constructor(
		private readonly map: MapLibreMap,
		private readonly newMarker: MarkerFactory,
		private readonly events: ReadonlyMap<string, EventCore>,
		private readonly places: ReadonlyMap<string, PlaceCore>,
		private readonly words: EventWords
	) {}

	/** Shows the events with these ids (in date order), grouped where they would overlap at this zoom; none below EVENT_MIN_ZOOM. */
	update(ids: readonly string[], zoom: number): void {
		const visible = zoom >= EVENT_MIN_ZOOM ? ids.flatMap((id) => this.events.get(id) ?? []) : [];
		const groups = new Map(groupEvents(visible, this.places, zoom).map((g) => [g.events.map((e) => e.id).join(), g]));
		for (const [key, s] of this.shown) {
			if (groups.has(key)) continue;
			s.marker.remove();
			this.shown.delete(key);
		}
		for (const [key, g] of groups) {
			if (this.shown.has(key)) continue;
			const marker = this.newMarker(this.element(g.events, g.place)).setLngLat(g.place.lngLat).addTo(this.map);
			this.shown.set(key, { marker, key });
		}
	}

	remove(): void {
		for (const s of this.shown.values()) s.marker.remove();
		this.shown.clear();
	}

	/** A button with the latest event's label; its notes (latest first) show while it is pressed or focused. */
	private element(list: readonly EventCore[], place: PlaceCore): HTMLElement {
		const latest = list[list.length - 1]!;
		const { label } = this.words.text(latest);
		const el = document.createElement('div');
		el.className = 'event-marker';
		const notes = [...list]
			.reverse()
			.map((e) => {
				const t = this.words.text(e);
				return `<li><b>${esc(t.label)}</b>, ${esc(this.words.date(e, place))}${t.note ? `: ${esc(t.note)}` : ''}</li>`;
			})
			.join('');
		const name = `${label}, ${this.words.date(latest, place)}${list.length > 1 ? ` (${this.words.count(list.length)})` : ''}`;
		const count = list.length > 1 ? `<span class="event-count" aria-hidden="true">${list.length}</span>` : '';
		el.innerHTML = `<button type="button" aria-expanded="false" aria-label="${esc(name)}"><span class="event-dot" aria-hidden="true"></span><span class="event-label">${esc(label)}</span>${count}</button><ul class="event-notes" hidden>${notes}</ul>`;
		const button = el.querySelector('button')!;
		const panel = el.querySelector<HTMLElement>('.event-notes')!;
		const show = (open: boolean) => {
			panel.hidden = !open;
			button.setAttribute('aria-expanded', String(open));
			el.classList.toggle('open', open);
		};
		button.addEventListener('click', () => show(panel.hidden === true));
		button.addEventListener('focus', () => show(true));
		button.addEventListener('blur', () => show(false));
		return el;
	}
}
