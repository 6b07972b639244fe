// The embed's own interface words in its three languages (the story's text and dates are in English).
import type { EmbedLang } from './options';

export interface EmbedStrings {
	previous: string;
	next: string;
	play: string;
	pause: string;
	position: string;
	chapterOf: (i: number, n: number) => string;
	noMap: string;
}

export const STRINGS: Record<EmbedLang, EmbedStrings> = {
	en: {
		previous: 'Previous step',
		next: 'Next step',
		play: 'Play',
		pause: 'Pause',
		position: 'Position in the journey',
		chapterOf: (i, n) => `${i} of ${n}`,
		noMap: 'This browser cannot draw the map.'
	},
	zh: {
		previous: '上一步',
		next: '下一步',
		play: '播放',
		pause: '暂停',
		position: '旅程进度',
		chapterOf: (i, n) => `${i} / ${n}`,
		noMap: '此浏览器无法绘制地图。'
	},
	ru: {
		previous: 'Назад',
		next: 'Вперёд',
		play: 'Воспроизвести',
		pause: 'Пауза',
		position: 'Положение на маршруте',
		chapterOf: (i, n) => `${i} из ${n}`,
		noMap: 'Этот браузер не может нарисовать карту.'
	}
};
