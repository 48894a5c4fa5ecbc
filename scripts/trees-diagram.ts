/** `npm run trees:diagram`: writes docs/trees/<id>.md, a Mermaid flowchart of each tree. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { TREES } from '../src/trees/index';
import { diagramPath, renderDiagramDoc } from '../src/triage/diagram';

const root = resolve(__dirname, '..');
for (const tree of Object.values(TREES)) {
  const file = resolve(root, diagramPath(tree));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderDiagramDoc(tree));
  process.stdout.write(`wrote ${diagramPath(tree)}\n`);
}
