/**
 * No known high or critical vulnerability in what the site ships (`npm audit --omit=dev`).
 * Where the registry refuses audit requests (as the sandbox's mirror does), the test is
 * skipped with the reason printed, and the GitHub workflow runs the same audit as a step.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface AuditReport {
  statusCode?: number;
  message?: string;
  metadata?: { vulnerabilities: Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
}

describe('dependencies', () => {
  it('have no high or critical advisories (npm audit --omit=dev)', (ctx) => {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    let report: AuditReport;
    try {
      report = JSON.parse(run.stdout) as AuditReport;
    } catch {
      throw new Error(
        `npm audit printed no report (exit ${run.status}): ${run.stderr.slice(0, 500)}`,
      );
    }
    if (!report.metadata) {
      console.warn(
        `npm audit could not reach the advisory service (${report.statusCode ?? '?'} ${report.message ?? ''}); skipped here, run in CI by .github/workflows/deploy.yml.`,
      );
      ctx.skip();
      return;
    }
    const serious = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name, v]) => `${name} (${v.severity})`);
    expect(serious).toEqual([]);
  });
});
