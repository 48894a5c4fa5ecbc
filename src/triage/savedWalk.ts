import * as z from 'zod/mini';
import { derive } from './engine';
import { READING_CODES, type Classification } from './snapshot';
import { DISTRICT_KINDS, TREE_IDS, type Tree, type TreeId } from './tree';
import { quoted, REF_ID, type StepRecord, type WalkState } from './walkState';

/**
 * A walk as the browser keeps it: `serialize` writes it with its format's name and version,
 * `restore` takes it back only when the tree (and its version) still gives the same path.
 */

const SAVED_FORMAT = 'clever-triage/walk';
const SAVED_FORMAT_VERSION = 1;

export function serialize(state: WalkState): string {
  return JSON.stringify({ format: SAVED_FORMAT, formatVersion: SAVED_FORMAT_VERSION, state });
}

// A walk saved before the readings had codes holds their English instead: it still restores.
const evidenceSchema = z.union([
  z.object({ field: z.string(), value: z.string(), code: z.enum(READING_CODES), vars: z.optional(z.record(z.string(), z.string())) }),
  z.object({ field: z.string(), value: z.string(), reading: z.string() }),
]);
const savedSchema = z.object({
  format: z.literal(SAVED_FORMAT),
  formatVersion: z.literal(SAVED_FORMAT_VERSION),
  state: z.object({
    tree: z.enum(TREE_IDS as [TreeId, ...TreeId[]]),
    treeVersion: z.int(),
    classification: z.object({
      kind: z.enum(DISTRICT_KINDS as [Classification['kind'], ...Classification['kind'][]]),
      academicYear: z.nullable(z.string()),
      stale: z.boolean(),
      conflict: z.boolean(),
      evidence: z.array(evidenceSchema),
    }),
    refId: z.string().check(z.regex(REF_ID)),
    steps: z.array(
      z.object({ node: z.string(), answer: z.string(), source: z.enum(['auto', 'agent']), evidence: z.array(evidenceSchema) }),
    ),
    overrides: z.record(z.string(), z.string()),
    handoffFrom: z.nullable(z.object({ tree: z.enum(TREE_IDS as [TreeId, ...TreeId[]]), outcome: z.string() })),
  }),
});

export type RestoreResult = { ok: true; state: WalkState } | { ok: false; reason: string };

/**
 * Restores a saved walk, or refuses it with a reason: another tree, another tree version,
 * answers the tree does not have, or a path that does not follow from the saved answers.
 * Either the whole state comes back or nothing does.
 */
export function restore(tree: Tree, json: string): RestoreResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'the saved walk is not valid JSON' };
  }
  const parsed = savedSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'the saved walk is not in the expected format' };
  const saved = parsed.data.state;
  if (saved.tree !== tree.id) return { ok: false, reason: `the saved walk is of tree ${saved.tree}, not ${tree.id}` };
  if (saved.treeVersion !== tree.version) {
    return {
      ok: false,
      reason: `the saved walk is of ${tree.id} version ${saved.treeVersion}; the procedure is now version ${tree.version}`,
    };
  }
  for (const [nodeId, answerId] of Object.entries(saved.overrides)) {
    const node = Object.prototype.hasOwnProperty.call(tree.nodes, nodeId) ? tree.nodes[nodeId] : undefined;
    if (!node || !node.answers.some((a) => a.id === answerId)) {
      return { ok: false, reason: `the saved answer ${quoted(answerId)} for ${quoted(nodeId)} is not in ${tree.id} v${tree.version}` };
    }
  }
  const state: WalkState = { ...saved, handoffFrom: saved.handoffFrom };
  let derived: StepRecord[];
  try {
    derived = derive(tree, state.classification, state.overrides).steps;
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : 'the tree cannot be walked' };
  }
  if (JSON.stringify(derived) !== JSON.stringify(state.steps)) {
    return { ok: false, reason: 'the saved path does not follow from the saved answers' };
  }
  return { ok: true, state };
}
