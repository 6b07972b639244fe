// `npm run bench`: runs every benchmark and prints its figures.
import { benchScene } from './scene';
import { benchBuild, benchBrowser } from './browser';

console.log('\n# Engine (Node)');
console.table(benchScene());
console.log('\n# Build');
console.table(benchBuild());
console.log('\n# Browser (headless Chromium, SwiftShader: compare runs, not against a real GPU)');
console.table(await benchBrowser());
