// Every route is prerendered to static HTML, as a folder's index.html (kiosk/index.html), so any static server serves it as a file; the site needs no server.
export const prerender = true;
export const trailingSlash = 'always';
