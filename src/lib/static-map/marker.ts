// The placeholder a page renders for a static map; the server hook (src/hooks.server.ts) replaces it with the SVG at prerender.
export const marker = (key: string) => `<!--static-map:${key}-->`;
