// The browser's slim copy of the compiled geodata (written by the prepare step from data/slim.ts), typed once.
import data from '$lib/generated/story-data.json';
import type { StoryGeodata } from './types';

export default data as unknown as StoryGeodata;
