// Pure state machine of an unattended kiosk: playing by itself (attract) or in a visitor's hands, and when to switch.

export type Mode = 'attract' | 'visitor';

export interface IdleState {
	mode: Mode;
	/** When the last input happened (ms, the caller's clock). */
	lastInput: number;
}

export const start = (now: number): IdleState => ({ mode: 'attract', lastInput: now });

/** Any touch, click or key hands control to the visitor at once. */
export const onInput = (_s: IdleState, now: number): IdleState => ({ mode: 'visitor', lastInput: now });

/** After `idleMs` without input a visitor's session ends: the kiosk goes back to the start and plays again. */
export function onTick(s: IdleState, now: number, idleMs: number): { state: IdleState; reset: boolean } {
	if (s.mode === 'visitor' && now - s.lastInput >= idleMs) return { state: { mode: 'attract', lastInput: now }, reset: true };
	return { state: s, reset: false };
}
