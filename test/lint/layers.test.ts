import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result.messages.filter((m) => m.ruleId === 'baleine/one-way-imports' || m.ruleId === 'no-restricted-imports');
}

describe('one-way imports between layers (DESIGN.md §2)', () => {
  it('rejects the engine importing the CLI', async () => {
    const msgs = await lint('src/engine/daemon/container/start.ts', "import { x } from '../../../cli/flags';\nexport const y = x;\n");
    expect(msgs).toHaveLength(1);
    expect(msgs[0].message).toContain("Layer 'engine' may not import layer 'cli'");
  });

  it('rejects the CLI reaching into the engine instead of the client', async () => {
    const msgs = await lint('src/cli/commands/container/ps.ts', "import { x } from '../../../engine/api/router';\nexport const y = x;\n");
    expect(msgs.map((m) => m.message)).toEqual([expect.stringContaining("Layer 'cli' may not import layer 'engine'")]);
  });

  it('rejects a dynamic import going the wrong way', async () => {
    const msgs = await lint('src/client/index.ts', "export const m = () => import('../ui/App.svelte');\n");
    expect(msgs).toHaveLength(1);
  });

  it('accepts imports that go the right way', async () => {
    expect(await lint('src/cli/commands/container/ps.ts', "import { x } from '../../../client/engine-client';\nexport const y = x;\n")).toEqual([]);
    expect(await lint('src/ui/App.ts', "import { x } from '../engine/process/types';\nexport const y = x;\n")).toEqual([]);
  });

  it('keeps node APIs out of the engine', async () => {
    const msgs = await lint('src/engine/layer/tar.ts', "import { createHash } from 'node:crypto';\nexport const h = createHash;\n");
    expect(msgs).toHaveLength(1);
  });
});
