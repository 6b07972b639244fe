// Pure: a scene in words, for screen readers ("The train is at Irkutsk, about 11 December 1949; 4,000 km travelled").
import type { Scene } from './scene';
import type { Mode } from '../data/schema';

const VEHICLE: Record<Mode, string> = { rail: 'The train', air: 'The plane', road: 'The car', sea: 'The ship' };

/** Distances are rounded to 100 km so the sentence changes at the pace a listener can follow. */
export function describeScene(scene: Scene | null): string {
	const r = scene?.readout;
	const v = scene?.vehicle;
	if (!r || !v) return '';
	const where = r.place.startsWith('between ') ? `is ${r.place}` : `is at ${r.place}`;
	const km = Math.round(r.km / 100) * 100;
	return `${VEHICLE[v.mode]} ${where}, ${r.dateText}; ${km.toLocaleString('en-GB')} km travelled.`;
}
