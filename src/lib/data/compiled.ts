// The compiled geodata the site ships (written by the prepare step), typed once: the JSON's inferred type widens its literals, and it was validated when written.
import geodata from '$lib/generated/geodata.json';
import type { Geodata } from './types';

export default geodata as unknown as Geodata;
