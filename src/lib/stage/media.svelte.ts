// The reader's motion preference as reactive state (prefers-reduced-motion), with its listener removed by the owner's cleanup.

export class ReducedMotion {
	current = $state(false);

	/** Starts listening; returns the function that stops. */
	listen(): () => void {
		const query = matchMedia('(prefers-reduced-motion: reduce)');
		const update = () => (this.current = query.matches);
		update();
		query.addEventListener('change', update);
		return () => query.removeEventListener('change', update);
	}
}
