// Pure: the journeys a kiosk visitor can pick — those the story tells, in the order they happened, each with a short name.
import type { Story } from '../story/scene';

/**
 * The journey's title up to its first comma, colon or bracket: "Mao's train to Moscow", not the dates.
 * Never cut further: the picker's buttons wrap a long name onto two lines instead.
 */
export function shortTitle(title: string): string {
	return title.split(/[,:(，：（]/)[0]!.trim();
}

export function kioskJourneys(story: Story): { id: string; title: string }[] {
	return [...story.journeys.values()]
		.filter((j) => story.chapters.some((c) => c.journey === j.id))
		.sort((a, b) => a.anchors[0]!.t - b.anchors[0]!.t)
		.map((j) => ({ id: j.id, title: shortTitle(j.title) }));
}
