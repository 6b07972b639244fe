// Types for subset-font (harfbuzz in WebAssembly), which ships none: the build cuts fonts down to the characters it uses.
declare module 'subset-font' {
	export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' }): Promise<Buffer>;
}
