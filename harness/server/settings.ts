import { z } from 'zod';
import { SETTING_SPECS } from '../../src/triage/settings';
import { GROUPS } from '../fixtures';
import { ORG_FIELDS_SHAPES, type OrgFieldsShape } from '../zaf/api';

/** What an admin sets at install (the app's settings) and what a trainer sets about Zendesk (its open behaviours). */

/** The stand-in's settings for Zendesk's open behaviours (the page's "Zendesk's behaviour"). */
export interface Behaviour {
  /** Where the host gives the organization's custom fields (harness/zaf/api.ts). */
  orgFields: OrgFieldsShape;
  /** How long search takes to see a change (harness/zendesk/model.ts). */
  searchDelayMs: number;
}

export const behaviourSchema = z.object({ orgFields: z.enum(ORG_FIELDS_SHAPES), searchDelayMs: z.number().int().min(0).max(600_000) });

/** The stand-in's settings: the manifest defaults, plus the fixtures' Tier 1 and Tier 2 groups. */
export function defaultSettings(): Record<string, unknown> {
  return {
    ...Object.fromEntries(SETTING_SPECS.filter((s) => s.default !== undefined).map((s) => [s.name, s.default])),
    tier1_group_id: GROUPS.tier1.id,
    tier2_group_id: GROUPS.tier2.id,
  };
}

export const SECURE = new Set(SETTING_SPECS.filter((s) => s.secure).map((s) => s.name));

export const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '';

/** The host page never receives a secure setting, so it sends one back empty: empty keeps the stored value. */
export function withSecureKept(next: Record<string, unknown>, current: Record<string, unknown>): Record<string, unknown> {
  const kept = [...SECURE].filter((name) => isEmpty(next[name]) && !isEmpty(current[name])).map((name) => [name, current[name]]);
  return { ...next, ...Object.fromEntries(kept) };
}
