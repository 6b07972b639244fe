// Tests for map/lazy-sources: a tier is fetched once, when the camera nears its zoom, and the city plans only when one of the cities is in view.
import { describe, expect, it } from 'vitest';
import { dueSources } from '../../../src/lib/map/lazy-sources';
import { LAZY_SOURCES } from '../../../src/lib/map/style';

const moscowView: [[number, number], [number, number]] = [[37.3, 55.6], [37.9, 55.9]];
const peipingView: [[number, number], [number, number]] = [[115.5, 39.5], [117.5, 40.5]];
const siberia: [[number, number], [number, number]] = [[80, 50], [110, 60]];
const ids = (zoom: number, view = siberia, loaded: string[] = []) => dueSources(LAZY_SOURCES, new Set(loaded), zoom, view).map((s) => s.id);

describe('dueSources', () => {
	it('fetches nothing for the first, country-wide view, nor at the opening chapter\'s closest, 4.5', () => {
		expect(ids(3.5)).toEqual([]);
		expect(ids(4.5)).toEqual([]);
	});
	it('fetches the detail tier a quarter of a level before its zoom, and only once', () => {
		expect(ids(4.8)).toEqual(['basemap-detail']);
		expect(ids(6, siberia, ['basemap-detail'])).toEqual([]);
	});
	it('fetches the city plans only where the camera looks at one of the cities, near that city\'s zoom', () => {
		expect(ids(10, siberia, ['basemap-detail'])).toEqual([]);
		expect(ids(8.8, moscowView, ['basemap-detail'])).toEqual(['city-plans']);
		// Moscow's plan is drawn from 9, Peiping's from 6: at 7 over Moscow nothing is due, over Peiping the plans are.
		expect(ids(7, moscowView, ['basemap-detail'])).toEqual([]);
		expect(ids(5.8, peipingView, ['basemap-detail'])).toEqual(['city-plans']);
		expect(ids(8.8, moscowView, ['basemap-detail', 'city-plans'])).toEqual([]);
	});
});
