import * as z from 'zod/mini';
import type { JiraConfig } from './jiraConfig';
import { isRecord } from './isRecord';
import { rest, type RestFailure } from './rest';
import type { ZafClient } from './zaf';

/**
 * Creating a Jira issue for a Tech Dev escalation, through Zendesk's proxy so the token stays
 * secret: the app never reads `jira_token` (a secure setting); it writes the placeholder
 * `{{setting.jira_token}}` into the Authorization header and asks for `secure: true`, and
 * Zendesk fills it in — only for hosts in the manifest's `domainWhitelist` (docs/install.md, "Jira").
 * Loaded only when an agent creates an issue (jiraConfig.ts decides whether one is offered).
 */

export interface JiraIssueInput {
  summary: string;
  description: string;
}

export type JiraResult = { ok: true; key: string; url: string } | { ok: false; message: string };

/** The secure setting's placeholder; `jira_token` holds base64 of `email:api-token` (docs/settings.md). */
export const JIRA_AUTHORIZATION = 'Basic {{setting.jira_token}}';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
const created = z.object({ key: z.string().check(z.regex(ISSUE_KEY)) });

/** Jira's summary is one line of at most 255 characters. */
function summaryLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 255 ? `${line.slice(0, 254)}…` : line;
}

export async function createJiraIssue(client: ZafClient, config: JiraConfig, input: JiraIssueInput): Promise<JiraResult> {
  const answer = await rest(client, {
    method: 'POST',
    url: `${config.baseUrl}/rest/api/2/issue`,
    headers: { Authorization: JIRA_AUTHORIZATION, Accept: 'application/json' },
    secure: true,
    timeoutMs: 30_000,
    body: {
      fields: {
        project: { key: config.projectKey },
        issuetype: { name: 'Task' },
        summary: summaryLine(input.summary),
        description: input.description,
      },
    },
  });
  if (!answer.ok) return { ok: false, message: jiraFailure(answer.failure) };
  const parsed = created.safeParse(answer.body);
  if (!parsed.success) return { ok: false, message: 'Jira answered without the new issue’s key: check in Jira whether the issue was created before trying again.' };
  const { key } = parsed.data;
  return { ok: true, key, url: `${config.baseUrl}/browse/${key}` };
}

/** Jira's own words (`{errorMessages: [...], errors: {field: message}}`), with what the status means. */
function jiraFailure(failure: RestFailure): string {
  if (failure.kind === 'network') {
    return 'Jira could not be reached (is its address in the app’s domain whitelist?). Check in Jira whether the issue was created before trying again.';
  }
  const said: string[] = [];
  if (isRecord(failure.body)) {
    const { errorMessages, errors } = failure.body;
    if (Array.isArray(errorMessages)) said.push(...errorMessages.filter((m): m is string => typeof m === 'string'));
    if (isRecord(errors)) for (const [field, m] of Object.entries(errors)) if (typeof m === 'string') said.push(`${field}: ${m}`);
  }
  const status = failure.status;
  const meaning =
    status === 401
      ? 'Jira refused the credentials: an admin should check the Jira API token setting.'
      : status === 403
        ? 'The Jira account may not create issues in this project.'
        : status === 404
          ? 'Jira has no such project or address: an admin should check the Jira settings.'
          : status === 429
            ? 'Jira is limiting requests: wait a minute, then try again.'
            : status >= 500
              ? 'Jira had a problem: check in Jira whether the issue was created before trying again.'
              : 'Jira refused the issue.';
  const detail = said.join(' ').replace(/\s+/g, ' ').trim().slice(0, 300);
  return `${meaning} (HTTP ${status}${detail ? `: ${detail}` : ''})`;
}
