// A chapter as the engine sees it: its content's header tied to its journey, as the stretch it covers in km and in time.
import type { ChapterMeta } from '../content/format';

export type { CameraHint } from '../content/format';

export interface Chapter extends ChapterMeta {
	kmFrom: number;
	kmTo: number;
	/** The time window, epoch ms: used when the chapter scrubs by time. */
	tFrom: number;
	tTo: number;
}
