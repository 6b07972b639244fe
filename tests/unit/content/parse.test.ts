// Tests for chapter content parsing and resolution: good files parse; bad ones fail with the file and field named.
import { describe, expect, it } from 'vitest';
import { parseChapter, parseChapters } from '../../../src/lib/content/parse';
import { resolveChapter } from '../../../src/lib/content/build';
import { miniStory } from '../story/fixture';

const good = `---
id: first
title: First
dates: 6 Dec 1949
journey: mini
from: a
to: c
camera:
  mode: follow
  zoom: 6
---
Some *text*.`;

describe('parseChapter', () => {
	it('parses frontmatter and renders Markdown', () => {
		const c = parseChapter('c/01.md', good);
		expect(c.id).toBe('first');
		expect(c.camera).toEqual({ mode: 'follow', zoom: 6, pitch: 0, bearing: 0 });
		expect(c.html).toContain('<em>text</em>');
		expect(c.scrub).toBe('distance');
	});
	it.each([
		['no frontmatter', 'just text', /c\/01\.md: \(file\): a chapter starts with a frontmatter block/],
		['bad YAML', '---\nid: [x\n---\n', /c\/01\.md: \(frontmatter\): not valid YAML/],
		['missing title', good.replace('title: First\n', ''), /c\/01\.md: title:/],
		['bad camera mode', good.replace('mode: follow', 'mode: orbit'), /c\/01\.md: camera\.mode:/],
		['bad id', good.replace('id: first', 'id: First Chapter'), /c\/01\.md: id: must be a lowercase slug/],
		['unknown key', good.replace('title: First', 'title: First\ncolour: red'), /c\/01\.md: \(frontmatter\): Unrecognized key/]
	] as const)('%s', (_n, text, message) => {
		expect(() => parseChapter('c/01.md', text)).toThrow(message);
	});
	it('rejects duplicate ids across files', () => {
		expect(() => parseChapters({ 'a.md': good, 'b.md': good })).toThrow(/b\.md: id: "first" is already used by a\.md/);
	});
});

describe('resolveChapter', () => {
	const story = miniStory();
	const c = parseChapter('c/01.md', good);
	const offsetOf = () => '+08:00';
	it('resolves stops to distances along the journey', () => {
		const r = resolveChapter(c, story.journeys, offsetOf);
		expect(r.kmFrom).toBe(0);
		expect(r.kmTo).toBeCloseTo(story.journeys.get('mini')!.line.totalKm, 6);
	});
	it.each([
		[{ journey: 'nope' }, /c\/01\.md: journey: unknown journey "nope"/],
		[{ from: 'zz' }, /c\/01\.md: from: "zz" is neither a stop of journey "mini" nor an ISO date/],
		[{ from: 'c', to: 'a' }, /c\/01\.md: to: "a" comes before "c"/],
		[{ to: '1949-02-30' }, /c\/01\.md: to: no such date/]
	] as const)('rejects %o', (patch, message) => {
		expect(() => resolveChapter({ ...c, ...patch }, story.journeys, offsetOf)).toThrow(message);
	});
});

describe('citations', () => {
	const sources = new Map([
		['S1', { id: 'S1', citation: 'A primary record', kind: 'primary', url: 'https://example.org/s1' }],
		['S2', { id: 'S2', citation: 'A memoir <with brackets>', kind: 'memoir' }]
	]);
	it('numbers sources in order of first use and lists them at the end, with links where public', () => {
		const c = parseChapter('c/01.md', good.replace('Some *text*.', 'One[^S2] two[^S1] three[^S2].'), sources);
		expect(c.html).toMatch(/One<a class="cite" href="#first-note-1"[^>]*>1<\/a> two<a class="cite" href="#first-note-2"[^>]*>2<\/a> three<a class="cite" href="#first-note-1"/);
		expect(c.html).toContain('<li id="first-note-1">A memoir &lt;with brackets&gt;</li>');
		expect(c.html).toContain('<li id="first-note-2">A primary record <a href="https://example.org/s1" rel="noopener">example.org</a></li>');
	});
	it('makes markers side by side one link, to the first of their notes, labelled with all of them', () => {
		const c = parseChapter('c/01.md', good.replace('Some *text*.', 'One[^S2][^S1] two[^S1][^S1] three[^S1][^S2].'), sources);
		expect(c.html).toContain('One<a class="cite" href="#first-note-1" aria-label="sources 1 and 2">1,2</a> two<a class="cite" href="#first-note-2" aria-label="source 2">2</a>');
		// In ascending order, whatever the order of the markers.
		expect(c.html).toContain('three<a class="cite" href="#first-note-1" aria-label="sources 1 and 2">1,2</a>.');
		expect(c.html.match(/<li id="first-note-/g)).toHaveLength(2);
	});
	it('labels a merged link in the edition\'s language', () => {
		const c = parseChapter('c/01.md', good.replace('Some *text*.', '一[^S2][^S1]'), sources, 'zh');
		expect(c.html).toContain('aria-label="出处1和2">1,2</a>');
	});
	it('rejects an unknown source id, naming the file', () => {
		expect(() => parseChapter('c/01.md', good.replace('Some *text*.', 'x[^S9]'), sources)).toThrow(/c\/01\.md: text: unknown source id "S9"/);
	});
	it('rejects an image from another host', () => {
		expect(() => parseChapter('c/01.md', good.replace('title: First', 'title: First\nimage:\n  src: https://cdn.example/x.jpg\n  alt: x\n  credit: y'))).toThrow(/image\.src: must be a path on this site/);
	});
});

describe('content is text, never code', () => {
	it.each([
		['raw HTML', 'An <img src=x onerror=alert(1)> image.', /c\/01\.md: text: line 1: raw HTML is not allowed/],
		['a script block', 'Text.\n\n<script>alert(1)</script>', /c\/01\.md: text: line 3: raw HTML is not allowed/],
		['a javascript: link', 'A [link](javascript:alert(1)).', /c\/01\.md: text: line 1: link "javascript:alert\(1\)" must start with http/],
		['a data: link', 'A [link](data:text/html,x).', /must start with http/],
		['an image', '![x](https://cdn.example/x.png)', /images in the text are not allowed/]
	] as const)('rejects %s, naming the file and line', (_n, text, message) => {
		expect(() => parseChapter('c/01.md', good.replace('Some *text*.', text))).toThrow(message);
	});
	it('keeps web links, marked as leaving the site', () => {
		const c = parseChapter('c/01.md', good.replace('Some *text*.', 'See [the record](https://example.org/a "A").'));
		expect(c.html).toContain('<a href="https://example.org/a" title="A" rel="noopener">the record</a>');
	});
	it('escapes angle brackets written as text', () => {
		expect(parseChapter('c/01.md', good.replace('Some *text*.', '5 &lt; 6 and a > b.')).html).not.toMatch(/<(?!\/?(p|em)\b)[a-z]/);
	});
});
