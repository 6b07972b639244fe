// Types of the comparison pages' build-time config (bench/vite.config.ts serves it as virtual modules).
/// <reference types="vite/client" />
declare module 'virtual:bench-map' {
	const config: import('../lib/story-config').BenchMapConfig;
	export default config;
}
declare module 'virtual:bench-step' {
	const config: import('../lib/story-config').BenchStepConfig;
	export default config;
}
