// Build time: /embed.js, the host script for articles, with the list of journeys this site can embed written in (so it never frames a missing one).
import geodata from '$lib/data/compiled';
import script from '$lib/embed/host-script.js?raw';

export const prerender = true;

export function GET(): Response {
	const ids = JSON.stringify(geodata.journeys.map((j) => j.id));
	return new Response(script.replace('/*JOURNEYS*/ []', ids), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
