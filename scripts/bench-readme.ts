/** `npm run bench:readme`: rewrites the README's bench figures from the committed bench/results.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeReadmeFigures } from '../bench/readmeFigures';
import { resultsSchema } from '../bench/results';

writeReadmeFigures(resultsSchema.parse(JSON.parse(readFileSync(join(__dirname, '../bench/results.json'), 'utf8'))));
console.log('written: README.md (bench figures)');
