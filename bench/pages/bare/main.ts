// The bare page: the story's basemap at the story's first camera; no text, no routes, no scrolling.
import { createMap, markFirstRender } from '../shared/map';

const stage = document.querySelector<HTMLElement>('.map-stage')!;
markFirstRender(createMap(stage), stage);
