// `npm run validate`: checks every file in geodata/ (and the chapters against the journeys); exits non-zero on any error.
import { checkAll } from './check-all';

const files = process.argv.slice(2);
const result = checkAll(files.length ? files : undefined);
if (result.errors.length > 0) {
	for (const e of result.errors) console.error(e);
	console.error(`\n✗ ${result.errors.length} error(s) in ${result.files.length} file(s)`);
	process.exit(1);
}
console.log(`✓ ${result.files.length} geodata files and ${result.chapters} chapters are valid`);
