// Runs the API contract (cases.ts) against the real dockerd (when it answers) and the simulator:
// status codes, body shapes validated against the v1.41 swagger, and Docker's error messages.
import { describe, expect, it } from 'vitest';
import { readBody, text, utf8, type ApiRequest } from '../../src/engine/api/http';
import { STEPS, type Step } from './cases';
import { KNOWN_DIFFERENCES } from './known-differences';
import { realEngineAnswers, realTarget, simTarget, type Target } from './engines';
import { validate } from './schema';

const ID = /\b[0-9a-f]{64}\b/g;

function request(step: Step, vars: Record<string, string>): ApiRequest {
  const target = step.path.replace('{exec}', vars.exec ?? 'none');
  const q = target.indexOf('?');
  const query: Record<string, string[]> = {};
  if (q >= 0) for (const [k, v] of new URLSearchParams(target.slice(q + 1))) (query[k] ??= []).push(v);
  const headers: Record<string, string> = {};
  let body: Uint8Array | null = null;
  if (step.json !== undefined) {
    body = utf8(JSON.stringify(step.json));
    headers['content-type'] = 'application/json';
  } else if (step.send) {
    body = typeof step.send.body === 'string' ? utf8(step.send.body) : step.send.body;
    if (step.send.contentType) headers['content-type'] = step.send.contentType;
  }
  return { method: step.method, path: q >= 0 ? target.slice(0, q) : target, query, headers, body };
}

async function cleanup(target: Target): Promise<void> {
  for (const name of ['g-contract-a', 'g-contract-b', 'g-contract-run']) {
    const res = await target.transport.request({
      method: 'DELETE',
      path: `/containers/${name}`,
      query: { force: ['1'] },
      headers: {},
      body: null,
    });
    await readBody(res.body);
  }
  for (const path of [
    '/images/g-contract-img:1',
    '/images/g-contract-img:committed',
    '/volumes/g-contract-vol',
  ]) {
    const res = await target.transport.request({
      method: 'DELETE',
      path,
      query: {},
      headers: {},
      body: null,
    });
    await readBody(res.body);
  }
}

async function supports(target: Target, what: 'networks' | 'volumes'): Promise<boolean> {
  const res = await target.transport.request({
    method: 'GET',
    path: `/${what}`,
    query: {},
    headers: {},
    body: null,
  });
  await readBody(res.body);
  return res.status !== 501;
}

const targets: Array<[string, () => Target, boolean]> = [
  ['dockerd', realTarget, realEngineAnswers()],
  ['simulator', simTarget, true],
];

for (const [name, make, available] of targets) {
  describe.skipIf(!available).sequential(`Engine API contract: ${name}`, () => {
    const target = available ? make() : null;
    const vars: Record<string, string> = {};
    let has: Record<'networks' | 'volumes', boolean> = { networks: false, volumes: false };

    it('starts from a clean slate', async () => {
      await cleanup(target!);
      has = { networks: await supports(target!, 'networks'), volumes: await supports(target!, 'volumes') };
      expect(target).not.toBeNull();
    });

    for (const step of STEPS) {
      const known = KNOWN_DIFFERENCES[name]?.[step.name];
      const test = known ? it.fails : it;
      test(`${step.method} ${step.path} — ${step.name}${known ? ` (known difference: ${known})` : ''}`, async (ctx) => {
        if (step.needs && !has[step.needs]) ctx.skip(`${name} has no ${step.needs} yet (501)`);
        const res = await target!.transport.request(request(step, vars));
        const bytes = await readBody(res.body);
        const raw = text(bytes);
        expect(res.status, raw).toBe(step.status);
        if (step.text !== undefined) expect(raw).toBe(step.text);
        if (step.contentType !== undefined) expect(res.headers['Content-Type']).toBe(step.contentType);
        step.raw?.(bytes, res.headers);
        const isJson = (res.headers['Content-Type'] ?? '').includes('application/json') && raw.trim() !== '';
        const body: unknown = isJson ? JSON.parse(raw) : undefined;
        if (step.message !== undefined) {
          expect(raw.endsWith('\n'), 'Go encoders end bodies with a newline').toBe(true);
          expect(((body as { message: string }).message ?? '').replace(ID, '<id>')).toBe(step.message);
        }
        if (step.schema) expect(validate(step.schema.ref, body, step.schema.array)).toBeNull();
        step.check?.(body);
        step.save?.(body, vars);
      });
    }

    it('leaves nothing behind', async () => {
      await cleanup(target!);
      const res = await target!.transport.request({
        method: 'GET',
        path: '/containers/json',
        query: { all: ['1'], filters: [JSON.stringify({ name: ['g-contract-'] })] },
        headers: {},
        body: null,
      });
      expect(JSON.parse(text(await readBody(res.body)))).toEqual([]);
    });
  });
}
