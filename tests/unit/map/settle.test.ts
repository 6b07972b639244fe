// Settle: a value is applied only once it has been offered unchanged for the settling time; what is only passed through is never applied.
import { describe, expect, it } from 'vitest';
import { Settle, type SettleTimers } from '../../../src/lib/map/settle';

/** Timers driven by hand: `advance(ms)` runs what falls due. */
function manualTimers() {
	let now = 0;
	let next = 1;
	const due = new Map<number, { at: number; fn: () => void }>();
	const timers: SettleTimers = {
		set: (fn, ms) => {
			const id = next++;
			due.set(id, { at: now + ms, fn });
			return id;
		},
		clear: (id) => void due.delete(id as number)
	};
	const advance = (ms: number) => {
		now += ms;
		for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
			if (t.at > now || !due.has(id)) continue;
			due.delete(id);
			t.fn();
		}
	};
	return { timers, advance, pending: () => due.size };
}

function settle(ms = 250) {
	const t = manualTimers();
	const calls: [string, string][] = [];
	const s = new Settle<string>('', ms, (from, to) => calls.push([from, to]), t.timers);
	return { s, calls, ...t };
}

describe('Settle', () => {
	it('applies a value that stays for the settling time, once', () => {
		const { s, calls, advance } = settle();
		s.offer('irkutsk');
		advance(249);
		expect(calls).toEqual([]);
		s.offer('irkutsk');
		advance(1);
		expect(calls).toEqual([['', 'irkutsk']]);
		expect(s.current).toBe('irkutsk');
		s.offer('irkutsk');
		advance(1000);
		expect(calls).toHaveLength(1);
	});

	it('never applies what a fast pass only goes through', () => {
		const { s, calls, advance, pending } = settle();
		for (const place of ['harbin', '', 'chita', '', 'ulan-ude', '']) {
			s.offer(place);
			advance(100);
		}
		advance(1000);
		expect(calls).toEqual([]);
		expect(pending()).toBe(0);
	});

	it('waits again from the start for each new value, and applies only the last', () => {
		const { s, calls, advance } = settle();
		s.offer('omsk');
		advance(200);
		s.offer('novosibirsk');
		advance(200);
		expect(calls).toEqual([]);
		advance(50);
		expect(calls).toEqual([['', 'novosibirsk']]);
	});

	it('going back to the applied value cancels what was waiting', () => {
		const { s, calls, advance } = settle();
		s.offer('moscow');
		advance(250);
		s.offer('');
		advance(100);
		s.offer('moscow');
		advance(1000);
		expect(calls).toEqual([['', 'moscow']]);
	});

	it('now() applies at once and drops what was waiting; cancel() leaves no timer behind', () => {
		const { s, calls, advance, pending } = settle();
		s.offer('beijing');
		s.now('');
		advance(1000);
		expect(calls).toEqual([['', '']]);
		s.offer('xibaipo');
		expect(pending()).toBe(1);
		s.cancel();
		expect(pending()).toBe(0);
		advance(1000);
		expect(calls).toHaveLength(1);
		expect(s.current).toBe('');
	});
});
