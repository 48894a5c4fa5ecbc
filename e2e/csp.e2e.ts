import { TICKETS, USERS } from '../harness/fixtures';
import type { Session } from './session';
import { SSO_ENROLLMENT_ERROR, t, walkingSessionPerFile, type Walker } from './walker';

/**
 * The app page's Content-Security-Policy (webpack.config.js, CSP) in a real Chromium: the app
 * loads, walks to an outcome and previews its note under it with no violation reported, and a
 * script injected into the page does not run.
 */

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walker) => {
  s = session;
  w = walker;
});

interface Violation {
  directive: string;
  blocked: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
    __injectedRan?: boolean;
  }
}

const consoleErrors: string[] = [];

beforeAll(async () => {
  // In every frame, before the page's own scripts: what the browser reports as a violation.
  await s.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push({ directive: e.effectiveDirective, blocked: e.blockedURI });
    });
  });
  s.page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});
beforeEach(() => {
  consoleErrors.length = 0;
});

const violations = async (): Promise<Violation[]> => (await s.appFrame()).evaluate(() => window.__cspViolations ?? []);

describe('the app under its Content-Security-Policy', () => {
  it('the page carries the policy: scripts only from the app and Zendesk’s SDK, no network of its own', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    const policy = await (await s.appFrame()).evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
    expect(policy).toContain("script-src 'self' https://static.zdassets.com;");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
  });

  it('loads, walks to an outcome and previews its note with no violation reported, styled as Garden styles it', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    await w.chooseProcedure('access');
    await w.answerAll('access', SSO_ENROLLMENT_ERROR);
    await w.outcome('access', 'sso_enrollment_error').getByText(t('outcome.kind.escalate_tier2'), { exact: true }).waitFor();
    expect(await w.previewedNote()).toMatch(/^\[clever-triage\] Clever Triage: /);

    // styled-components' rules took effect: Garden's button is not the browser's grey box.
    const write = w.sidebar().getByRole('button', { name: t('write.button') });
    const radius = await write.evaluate((el) => getComputedStyle(el).borderRadius);
    expect(radius).not.toBe('0px');
    expect(await violations()).toEqual([]);
    expect(consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
  });

  it('a script injected into the page does not run, and the browser reports it', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    const frame = await s.appFrame();
    await frame.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injectedRan = true;';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'x');
      img.setAttribute('onerror', 'window.__injectedRan = true');
      document.body.append(img);
    });
    await frame.waitForFunction(() => (window.__cspViolations ?? []).filter((v) => v.directive.startsWith('script-src')).length >= 2);
    expect(await frame.evaluate(() => window.__injectedRan)).toBeUndefined();
    expect(await violations()).toEqual([
      { directive: 'script-src-elem', blocked: 'inline' },
      { directive: 'script-src-attr', blocked: 'inline' },
    ]);
  });
});
