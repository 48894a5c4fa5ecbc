import type { Tree } from './tree';

/**
 * The Mermaid flowchart of a tree, written to `docs/trees/<id>.md` by `trees:diagram` and
 * compared with that file by `trees:check`, so the picture people read is the tree the app runs.
 */

/** Nodes and outcomes in the order a reader meets them: breadth first from the root, then any others. */
export function readingOrder(tree: Tree): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const queue = [tree.root];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    order.push(id);
    for (const a of tree.nodes[id]?.answers ?? []) queue.push(a.next);
  }
  for (const id of [...Object.keys(tree.nodes), ...Object.keys(tree.outcomes)]) if (!seen.has(id)) order.push(id);
  return order;
}

/** Mermaid label text: one line, quotes and markup characters as entities. */
function label(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;');
}

function mermaidId(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}

export function renderDiagram(tree: Tree): string {
  const lines = ['flowchart TD'];
  const edges: string[] = [];
  for (const id of readingOrder(tree)) {
    const node = tree.nodes[id];
    const outcome = tree.outcomes[id];
    if (node) {
      lines.push(`  ${mermaidId(id)}{"${label(`${id}: ${node.question}`)}"}`);
      for (const a of node.answers) edges.push(`  ${mermaidId(id)} -->|"${label(a.label)}"| ${mermaidId(a.next)}`);
    } else if (outcome) {
      lines.push(`  ${mermaidId(id)}(["${label(`${outcome.kind}: ${outcome.title}`)}"])`);
      lines.push(`  class ${mermaidId(id)} ${outcome.kind}`);
    }
  }
  const classes = [
    'classDef resolved fill:#e7f5ea,stroke:#186146',
    'classDef refer fill:#eaf2fb,stroke:#1f73b7',
    'classDef known_limitation fill:#f8f9f9,stroke:#68737d',
    'classDef escalate_tier2 fill:#fff7ed,stroke:#ad5918',
    'classDef escalate_supervisor fill:#fff0f1,stroke:#cc3340',
    'classDef escalate_techdev fill:#fff0f1,stroke:#8c232c',
    'classDef handoff fill:#f6f0ff,stroke:#6a27b8',
  ].map((c) => `  ${c}`);
  return [...lines, ...edges, ...classes].join('\n');
}

/** The whole `docs/trees/<id>.md` file. */
export function renderDiagramDoc(tree: Tree): string {
  return [
    `# ${tree.title} (\`${tree.id}\`, version ${tree.version})`,
    '',
    `Source: ${tree.source}`,
    '',
    'Generated from `src/trees/` by `npm run trees:diagram`; `npm run trees:check` fails when this file is out of date. Do not edit by hand.',
    '',
    'Diamonds are questions (node id and question), rounded boxes are outcomes (kind and title).',
    '',
    '```mermaid',
    renderDiagram(tree),
    '```',
    '',
  ].join('\n');
}

export function diagramPath(tree: Pick<Tree, 'id'>): string {
  return `docs/trees/${tree.id}.md`;
}
