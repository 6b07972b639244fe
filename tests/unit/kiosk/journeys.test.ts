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
		expect(shortTitle('A'.repeat(60))).toHaveLength(39);
	});
});
