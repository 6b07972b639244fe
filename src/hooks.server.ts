// Server hook (runs at prerender): puts the static route maps into the HTML where the page left markers for them.
import type { Handle } from '@sveltejs/kit';
import { injectStaticMaps } from '$lib/server/static-maps';

export const handle: Handle = ({ event, resolve }) => resolve(event, { transformPageChunk: ({ html }) => injectStaticMaps(html) });
