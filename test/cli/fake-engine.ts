// A small in-memory engine double for CLI tests of command flows (not of engine behaviour): it keeps
// containers and images in maps and answers in the API's shapes, recording the calls it receives.

import type {
  AttachSession,
  ContainerCreateRequest,
  JsonMessage,
  StreamFrame,
} from '../../src/client/api-types';
import type { EngineApi } from '../../src/cli/engine-api';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface FakeContainer {
  id: string;
  name: string;
  body: ContainerCreateRequest;
  state: 'created' | 'running' | 'exited';
  exitCode: number;
}

export interface FakeOptions {
  images?: string[];
  /** What a container prints and its exit code, from its command. */
  behave?: (cmd: string[]) => { output: StreamFrame[]; exitCode: number; startError?: string };
  pullable?: string[];
}

export function fakeEngine(opts: FakeOptions = {}) {
  const images = new Set(opts.images ?? []);
  const containers = new Map<string, FakeContainer>();
  const calls: string[] = [];
  let seq = 0;
  const find = (ref: string) => {
    const c = [...containers.values()].find((x) => x.id.startsWith(ref) || x.name === ref);
    if (!c) throw new ApiError(404, `No such container: ${ref}`);
    return c;
  };
  const behave: NonNullable<FakeOptions['behave']> = opts.behave ?? (() => ({ output: [], exitCode: 0 }));
  const api: Partial<EngineApi> = {
    async containerCreate(body, o) {
      const image = body.Image ?? '';
      calls.push(`create ${image}`);
      const ref = image.includes(':') ? image : `${image}:latest`;
      if (!images.has(ref)) throw new ApiError(404, `No such image: ${ref}`);
      seq++;
      const id = seq.toString(16).padStart(2, '0').repeat(32);
      const name = o?.name ?? `c${seq}`;
      containers.set(id, { id, name, body, state: 'created', exitCode: 0 });
      return { Id: id, Warnings: [] };
    },
    async *imageCreate({ fromImage, tag }): AsyncGenerator<JsonMessage> {
      calls.push(`pull ${fromImage}:${tag}`);
      if (!(opts.pullable ?? []).includes(`${fromImage}:${tag}`)) {
        throw new ApiError(
          404,
          `pull access denied for ${fromImage}, repository does not exist or may require 'docker login'`,
        );
      }
      yield { status: `Pulling from library/${fromImage}`, id: tag };
      yield { status: 'Pulling fs layer', progressDetail: {}, id: 'a1b2c3d4e5f6' };
      yield {
        status: 'Downloading',
        progressDetail: { current: 500, total: 1000 },
        progress: '[==>  ]',
        id: 'a1b2c3d4e5f6',
      };
      yield { status: 'Pull complete', progressDetail: {}, id: 'a1b2c3d4e5f6' };
      yield { status: 'Digest: sha256:abc' };
      yield { status: `Status: Downloaded newer image for ${fromImage}:${tag}` };
      images.add(`${fromImage}:${tag}`);
    },
    async containerAttach(id): Promise<AttachSession> {
      const c = find(id);
      calls.push(`attach ${c.name}`);
      let started: () => void = () => undefined;
      const ready = new Promise<void>((r) => (started = r));
      (c as FakeContainer & { onStart?: () => void }).onStart = started;
      const written: string[] = [];
      return {
        output: (async function* () {
          await ready;
          for (const f of behave(c.body.Cmd ?? []).output) yield f;
        })(),
        write: (d: string) => void written.push(d),
        closeWrite: () => undefined,
        close: () => undefined,
      };
    },
    async containerStart(id) {
      const c = find(id);
      calls.push(`start ${c.name}`);
      const b = behave(c.body.Cmd ?? []);
      if (b.startError) throw new ApiError(400, b.startError);
      c.state = 'running';
      (c as FakeContainer & { onStart?: () => void }).onStart?.();
    },
    async containerWait(id, condition) {
      const c = find(id);
      calls.push(`wait ${c.name} ${condition}`);
      await new Promise((r) => setTimeout(r, 0));
      c.state = 'exited';
      c.exitCode = behave(c.body.Cmd ?? []).exitCode;
      if (condition === 'removed') containers.delete(c.id);
      return { StatusCode: c.exitCode, Error: null };
    },
    async containerRemove(id) {
      const c = find(id);
      if (c.state === 'running')
        throw new ApiError(
          409,
          `You cannot remove a running container ${c.id}. Stop the container before attempting removal or force remove`,
        );
      containers.delete(c.id);
    },
    async containerStop(id) {
      const c = find(id);
      if (c.state !== 'running') throw new ApiError(304, '');
      c.state = 'exited';
    },
    async containerList(o) {
      return [...containers.values()]
        .filter((c) => o?.all || c.state === 'running')
        .map((c) => ({
          Id: c.id,
          Names: [`/${c.name}`],
          Image: c.body.Image ?? '',
          ImageID: 'sha256:' + '1'.repeat(64),
          Command: (c.body.Cmd ?? []).join(' '),
          Created: 1_700_000_000,
          Ports: [],
          Labels: {},
          State: c.state,
          Status:
            c.state === 'running'
              ? 'Up 1 second'
              : c.state === 'created'
                ? 'Created'
                : `Exited (${c.exitCode}) 1 second ago`,
          HostConfig: { NetworkMode: 'default' },
          NetworkSettings: { Networks: {} },
          Mounts: [],
        }));
    },
    async imageList() {
      return [...images].map((t) => ({
        Id: 'sha256:' + '1'.repeat(64),
        ParentId: '',
        RepoTags: [t],
        RepoDigests: [],
        Created: 1_700_000_000,
        Size: 1_984_132,
        SharedSize: -1,
        VirtualSize: 1_984_132,
        Labels: null,
        Containers: -1,
      }));
    },
    async networkList() {
      return [{ Name: 'bridge' }, { Name: 'host' }, { Name: 'none' }] as never;
    },
    async volumeList() {
      return { Volumes: [{ Name: 'data' }] as never, Warnings: null };
    },
  };
  return { api, calls, containers, images };
}
