// The language editions besides English, as the first segment of a path: /zh/, /ru/ (English is at the root).
import type { ParamMatcher } from '@sveltejs/kit';

export const match: ParamMatcher = (param) => param === 'zh' || param === 'ru';
