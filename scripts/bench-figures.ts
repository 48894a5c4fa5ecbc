/** `npm run bench:figures`: rewrites docs/performance.md's bench figures from the committed bench/results.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFiguresDoc } from '../bench/figuresDoc';
import { resultsSchema } from '../bench/results';

writeFiguresDoc(resultsSchema.parse(JSON.parse(readFileSync(join(__dirname, '../bench/results.json'), 'utf8'))));
console.log('written: docs/performance.md (bench figures)');
