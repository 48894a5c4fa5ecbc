import type { Settings } from '../triage/settings';

/**
 * Whether the installation offers Jira, and where: apart from jira.ts (the request itself),
 * so the sidebar can decide on the button without loading the Jira client.
 */

export interface JiraConfig {
  /** Without a trailing slash. */
  baseUrl: string;
  projectKey: string;
}

/** The Jira settings, when both are filled in; without them the sidebar offers no Jira button. */
export function jiraConfig(settings: Pick<Settings, 'jira_base_url' | 'jira_project_key'>): JiraConfig | null {
  const { jira_base_url: baseUrl, jira_project_key: projectKey } = settings;
  if (!baseUrl || !projectKey) return null;
  return { baseUrl: baseUrl.replace(/\/+$/, ''), projectKey };
}
