import type { TreeId } from '../../triage/tree';

/**
 * The procedures' titles in Spanish, the one place they are written: each tree's Spanish takes its
 * own from here, and the first screen shows them with the sidebar's Spanish, without the trees.
 */
export const PROCEDURE_TITLES_ES: Readonly<Record<TreeId, string>> = {
  access: 'Tier 1: solución de problemas de acceso',
  transfers: 'Tier 1: traslados de escuela y matrículas dobles',
  sync: 'Informe SIS sync report de Remind (sincronización Clever–Remind): errores, alertas y pausas',
  tier2: 'Tier 2: escalados',
};
