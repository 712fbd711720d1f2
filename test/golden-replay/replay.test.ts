// The fidelity harness' replay: every golden scenario (test/golden/*.json, recorded on real Docker by
// `npm run record-golden`) runs through `baleine transcript --preload busybox FILE`, and each step is
// compared after normalisation. The match rate is printed and written to match-rate.json; any
// mismatch that accepted.json does not list (with its reason) fails the test.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compareSteps, type Step, type Verdict } from './normalise';

const ROOT = resolve(import.meta.dirname, '..', '..');
const GOLDEN = join(ROOT, 'test', 'golden');
const HERE = import.meta.dirname;
const run = promisify(execFile);

interface Accepted {
  scenario: string;
  cmd: string;
  reason: string;
}

interface ScenarioResult {
  steps: number;
  matched: number;
  accepted: number;
  rate: number;
}

const scenarios = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(GOLDEN, f), 'utf8')) as { scenario: string; steps: Step[] });

const accepted = (JSON.parse(readFileSync(join(HERE, 'accepted.json'), 'utf8')) as { accepted: Accepted[] })
  .accepted;

/** Runs one scenario through the simulator's `baleine transcript`; a failure to run is reported, not thrown. */
async function replay(steps: Step[]): Promise<{ steps: Step[]; error: string | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'baleine-replay-'));
  const file = join(dir, 'scenario.sh');
  writeFileSync(file, steps.map((s) => s.cmd).join('\n') + '\n');
  try {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const r = await run(tsx, [join(ROOT, 'src/server/main.ts'), 'transcript', '--preload', 'busybox', file], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
    return { steps: (JSON.parse(r.stdout) as { steps: Step[] }).steps, error: null };
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    const lines = (err.stderr || err.message)
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('npm warn'));
    return { steps: [], error: lines[0] ?? 'no output' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pct(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((1000 * n) / d) / 10;
}

describe('golden replay against the simulator', () => {
  it('records at least 300 steps', () => {
    expect(scenarios.reduce((n, s) => n + s.steps.length, 0)).toBeGreaterThanOrEqual(300);
  });

  it('every accepted mismatch names a recorded step and gives a reason', () => {
    for (const a of accepted) {
      const sc = scenarios.find((s) => s.scenario === a.scenario);
      expect(sc, a.scenario).toBeDefined();
      expect(
        sc!.steps.some((s) => s.cmd === a.cmd),
        a.cmd,
      ).toBe(true);
      expect(a.reason.length).toBeGreaterThan(20);
    }
  });

  // The ratchet: baseline.json lists every step that matched when it was last written
  // (BALEINE_UPDATE_BASELINE=1 rewrites it). A step of the baseline that no longer matches fails the
  // test; a step that does not match yet and is neither in the baseline nor accepted is a gap still to
  // close, counted in the match rate and listed in match-rate.json.
  it('replays every scenario step by step; no step that matched may regress', async () => {
    const results: Record<string, ScenarioResult> = {};
    const failures: string[] = [];
    const gaps: string[] = [];
    const matchedKeys: string[] = [];
    const baseline = new Set(
      (JSON.parse(readFileSync(join(HERE, 'baseline.json'), 'utf8')) as { matched: string[] }).matched,
    );
    for (const sc of scenarios) {
      const { steps: replayed, error } = await replay(sc.steps);
      if (error)
        failures.push(
          `${sc.scenario}: the transcript did not run (${sc.steps.length} steps unmatched): ${error}`,
        );
      let matched = 0;
      let acceptedHere = 0;
      sc.steps.forEach((rec, i) => {
        const verdict: Verdict = error
          ? { match: false, field: 'cmd', expected: rec.cmd, actual: `transcript failed: ${error}` }
          : compareSteps(rec, replayed[i]);
        const key = `${sc.scenario} #${i + 1} ${rec.cmd}`;
        if (verdict.match) {
          matched++;
          matchedKeys.push(key);
        } else if (accepted.some((a) => a.scenario === sc.scenario && a.cmd === rec.cmd)) acceptedHere++;
        else if (!baseline.has(key)) gaps.push(`${key} — ${verdict.field} differs`);
        else if (failures.length < 200) {
          failures.push(
            `${sc.scenario} #${i + 1} \`${rec.cmd}\`: ${verdict.field} differs\n    expected: ${JSON.stringify(verdict.expected)}\n    actual:   ${JSON.stringify(verdict.actual)}`,
          );
        }
      });
      results[sc.scenario] = {
        steps: sc.steps.length,
        matched,
        accepted: acceptedHere,
        rate: pct(matched, sc.steps.length),
      };
    }
    const total = Object.values(results).reduce(
      (t, r) => ({
        steps: t.steps + r.steps,
        matched: t.matched + r.matched,
        accepted: t.accepted + r.accepted,
      }),
      { steps: 0, matched: 0, accepted: 0 },
    );
    const report = { total: { ...total, rate: pct(total.matched, total.steps) }, scenarios: results, gaps };
    // The baseline only grows and the report shows the last sound replay: a replay with a regression
    // or a transcript that did not run (often a half-written file elsewhere in the shared tree) leaves
    // both as they are.
    if (failures.length === 0) {
      if (process.env.BALEINE_UPDATE_BASELINE === '1') {
        writeFileSync(join(HERE, 'baseline.json'), JSON.stringify({ matched: matchedKeys }, null, 2) + '\n');
      }
      writeFileSync(join(HERE, 'match-rate.json'), JSON.stringify(report, null, 2) + '\n');
    }
    const lines = Object.entries(results).map(
      ([name, r]) =>
        `  ${name.padEnd(16)} ${String(r.matched).padStart(3)}/${String(r.steps).padEnd(3)} ${r.rate.toFixed(1).padStart(5)} %  (${r.accepted} accepted)`,
    );
    console.log(
      `Golden replay match rate: ${report.total.rate.toFixed(1)} % (${total.matched}/${total.steps} steps, ${total.accepted} accepted)\n${lines.join('\n')}`,
    );
    expect(baseline.size, 'the baseline lists the steps that matched').toBeGreaterThan(300);
    expect(
      failures,
      `regressions (steps of baseline.json that no longer match):\n${failures.slice(0, 40).join('\n')}`,
    ).toEqual([]);
  }, 900_000);
});
