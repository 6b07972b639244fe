/* The road to the treaty — host script: turns <div data-journey="ID"> into a responsive iframe whose height follows its content. No dependencies. API: README, "Embedding in an article". */
// @ts-nocheck -- plain ES5 that runs as is on any host page; it is exercised by the browser tests, not type-checked.
(function () {
	'use strict';
	// Filled in at build time (src/routes/embed.js/+server.ts): the journeys this site can embed.
	var JOURNEYS = /*JOURNEYS*/ [];
	var me = document.currentScript;
	var site = me && me.src.replace(/\/embed\.js(?:[?#].*)?$/, '');
	if (!site || window.treatyRoad) return;
	var origin = new URL(site).origin;
	var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
	var DATE = /^\d{4}-\d{2}-\d{2}$/;
	var OPTIONS = { chapter: SLUG, from: DATE, to: DATE, lang: /^(en|zh|ru)$/, autoplay: /^[01]$/, controls: /^[01]$/ };
	// The frame's accessible name when the article gives none, in the embed's language.
	var TITLES = { en: 'Map of the journey', zh: '旅程地图', ru: 'Карта поездки' };
	var frames = [];
	var count = 0;
	var queued = 0;

	// The embed's own sizing (4:3, or 3:5 below 480 px, within 300–600 px) until it reports its height.
	function guessHeight(w) {
		return Math.round(Math.max(300, Math.min(600, w < 480 ? (w * 5) / 3 : (w * 3) / 4)));
	}

	function mount(el) {
		var journey = el.getAttribute('data-journey') || '';
		if (el.hasAttribute('data-journey-mounted')) return;
		el.setAttribute('data-journey-mounted', '');
		if (!SLUG.test(journey) || JOURNEYS.indexOf(journey) < 0) {
			el.setAttribute('data-journey-error', 'unknown');
			console.warn('treaty-road: no journey "' + journey + '" on ' + site + ' (it has: ' + JOURNEYS.join(', ') + '); nothing embedded');
			return;
		}
		var query = [];
		for (var k in OPTIONS) {
			var v = el.getAttribute('data-' + k);
			if (v && OPTIONS[k].test(v)) query.push(k + '=' + v);
		}
		var id = 'treaty-road-' + ++count;
		query.push('childId=' + id);
		var f = document.createElement('iframe');
		f.src = site + '/embed/' + journey + '/?' + query.join('&');
		f.title = el.getAttribute('data-title') || TITLES[el.getAttribute('data-lang')] || TITLES.en;
		f.setAttribute('sandbox', 'allow-scripts allow-same-origin');
		f.setAttribute('loading', 'lazy');
		f.setAttribute('scrolling', 'no');
		f.style.cssText = 'display:block;width:100%;border:0;height:' + guessHeight(el.clientWidth) + 'px';
		el.appendChild(f);
		frames.push({ el: el, frame: f, follow: el.hasAttribute('data-follow-scroll') });
	}

	function scan() {
		var els = document.querySelectorAll('div[data-journey]');
		for (var i = 0; i < els.length; i++) mount(els[i]);
	}

	function send(x, message) {
		if (x.frame.contentWindow) x.frame.contentWindow.postMessage(message, origin);
	}

	// Same formula as src/lib/embed/scroll-progress.ts: plays while the frame is wholly in view (or, if taller, covers the view).
	function scrollProgress(x) {
		var r = x.frame.getBoundingClientRect();
		var vh = window.innerHeight;
		var a = Math.max(vh - r.height, 0);
		var b = Math.min(vh - r.height, 0);
		var p = a === b ? (r.top > 0 ? 0 : 1) : (a - r.top) / (a - b);
		return Math.min(1, Math.max(0, p));
	}

	function followScroll() {
		queued = 0;
		for (var i = 0; i < frames.length; i++) {
			var x = frames[i];
			if (x.follow && x.ready) send(x, { target: 'treaty-road', command: 'hostScroll', progress: scrollProgress(x) });
		}
	}

	function onScroll() {
		if (!queued) queued = requestAnimationFrame(followScroll);
	}

	function onMessage(e) {
		for (var i = 0; i < frames.length; i++) {
			var x = frames[i];
			if (e.source !== x.frame.contentWindow) continue;
			var d = e.data;
			if (e.origin !== origin || !d || typeof d !== 'object' || d.source !== 'treaty-road' || typeof d.type !== 'string') return;
			if (d.type === 'height') {
				if (typeof d.height === 'number' && d.height >= 100 && d.height <= 2000) x.frame.style.height = Math.ceil(d.height) + 'px';
			} else if (d.type === 'ready') {
				x.ready = true;
				if (x.follow) onScroll();
			}
			x.el.dispatchEvent(new CustomEvent('treaty-road', { bubbles: true, detail: d }));
			return;
		}
	}

	window.treatyRoad = { scan: scan };
	window.addEventListener('message', onMessage);
	window.addEventListener('scroll', onScroll, { passive: true });
	window.addEventListener('resize', onScroll);
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
})();
