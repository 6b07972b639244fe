// Tests for the kiosk's journey picker list: only journeys the story tells, in the order they happened, with short names.
import { describe, expect, it } from 'vitest';
import { kioskJourneys, shortTitle } from '../../../src/lib/kiosk/journeys';
import { miniStory } from '../story/fixture';

describe('kioskJourneys', () => {
	it('lists the journeys that chapters tell, by their first date', () => {
		expect(kioskJourneys(miniStory()).map((j) => j.id)).toEqual(['mini']);
	});
	it('shortens a title to its head', () => {
		expect(shortTitle("Mao's train to Moscow, 6–16 December 1949")).toBe("Mao's train to Moscow");
		expect(shortTitle('毛泽东赴莫斯科的专列，1949年12月6—16日')).toBe('毛泽东赴莫斯科的专列');
	});
	it('never cuts a long name with an ellipsis: the picker wraps it', () => {
		const long = 'A very long journey title that goes on and on past forty characters';
		expect(shortTitle(long)).toBe(long);
		expect(shortTitle(`${long}, 1949`)).toBe(long);
	});
});
