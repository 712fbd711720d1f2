// The contract: an ordered list of API calls, each with the status code, body shape (a swagger
// schema) and error message dockerd 20.10 gives. The same list runs against the real engine and the
// simulator, so any difference fails. Objects are named `g-contract-…`; ids in messages become <id>.
import { schemaRef } from './schema';

export interface Expect {
  status: number;
  /** Docker's message (error bodies), after ids are normalised to <id>. */
  message?: string;
  /** Exact text body. */
  text?: string;
  /** Validate the JSON body against a definition or a path's response schema. */
  schema?: { ref: string; array?: boolean };
  /** Extra checks on the decoded JSON body. */
  check?: (body: unknown) => void;
  /** The Content-Type header, when it matters. */
  contentType?: string;
  /** Checks on the raw bytes and headers (streams, archives). */
  raw?: (bytes: Uint8Array, headers: Record<string, string>) => void;
}

export interface Step extends Expect {
  name: string;
  method: 'GET' | 'POST' | 'DELETE' | 'HEAD' | 'PUT';
  /** May contain `{exec}`, replaced by the exec id created earlier. */
  path: string;
  json?: unknown;
  send?: { body: string | Uint8Array; contentType?: string };
  /** Keeps something of the body for later steps. */
  save?: (body: unknown, vars: Record<string, string>) => void;
  /** Only for engines that have networks and volumes (the simulator's come with issue 6's engine parts). */
  needs?: 'networks' | 'volumes';
}

const def = (name: string, array = false) => ({ ref: schemaRef('definition', name), array });
const resp = (path: string, method: string, status: number) => ({
  ref: schemaRef('response', path, method, status),
});
const err = (status: number, message: string): Expect => ({ status, message, schema: def('ErrorResponse') });
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));

export const STEPS: Step[] = [
  // ---- system
  { name: 'ping', method: 'GET', path: '/_ping', status: 200, text: 'OK' },
  { name: 'ping with version prefix', method: 'GET', path: '/v1.41/_ping', status: 200, text: 'OK' },
  { name: 'version', method: 'GET', path: '/version', status: 200, schema: def('SystemVersion') },
  { name: 'info', method: 'GET', path: '/info', status: 200, schema: def('SystemInfo') },
  {
    name: 'version too new',
    method: 'GET',
    path: '/v1.99/version',
    ...err(400, 'client version 1.99 is too new. Maximum supported API version is 1.41'),
  },
  { name: 'unknown path', method: 'GET', path: '/g-contract-nope', ...err(404, 'page not found') },
  { name: 'wrong method', method: 'POST', path: '/_ping', ...err(404, 'page not found') },
  { name: 'trailing slash', method: 'GET', path: '/containers/json/', ...err(404, 'page not found') },

  // ---- container list and its parameters
  {
    name: 'list all',
    method: 'GET',
    path: '/containers/json?all=1',
    status: 200,
    schema: def('ContainerSummary', true),
  },
  {
    name: 'list with legacy filters',
    method: 'GET',
    path: `/containers/json?filters=${q({ status: { running: true } })}`,
    status: 200,
    schema: def('ContainerSummary', true),
  },
  {
    name: 'filters not JSON',
    method: 'GET',
    path: '/containers/json?filters=notjson',
    ...err(500, "invalid character 'o' in literal null (expecting 'u')"),
  },
  {
    name: 'filters wrong type',
    method: 'GET',
    path: `/containers/json?filters=${q({ status: 'x' })}`,
    ...err(500, 'json: cannot unmarshal string into Go value of type map[string]bool'),
  },
  {
    name: 'unknown filter',
    method: 'GET',
    path: `/containers/json?filters=${q({ bogus: ['1'] })}`,
    ...err(400, "Invalid filter 'bogus'"),
  },
  {
    name: 'bad status filter',
    method: 'GET',
    path: `/containers/json?filters=${q({ status: ['bogus'] })}`,
    ...err(400, "Invalid filter 'status=bogus'"),
  },
  {
    name: 'limit not a number',
    method: 'GET',
    path: '/containers/json?limit=abc',
    ...err(500, 'strconv.Atoi: parsing "abc": invalid syntax'),
  },

  // ---- create and its errors
  {
    name: 'create',
    method: 'POST',
    path: '/containers/create?name=g-contract-a',
    json: { Image: 'busybox', Cmd: ['echo', 'hi'], Labels: { 'g-contract': 'a' } },
    status: 201,
    schema: resp('/containers/create', 'post', 201),
    check: (b) => {
      const body = b as { Id: string; Warnings: unknown };
      if (!/^[0-9a-f]{64}$/.test(body.Id)) throw new Error(`bad Id ${body.Id}`);
    },
  },
  {
    name: 'create with a name in use',
    method: 'POST',
    path: '/containers/create?name=g-contract-a',
    json: { Image: 'busybox' },
    ...err(
      409,
      'Conflict. The container name "/g-contract-a" is already in use by container "<id>". You have to remove (or rename) that container to be able to reuse that name.',
    ),
  },
  {
    name: 'create from a missing image',
    method: 'POST',
    path: '/containers/create',
    json: { Image: 'g-contract-nope:1' },
    ...err(404, 'No such image: g-contract-nope:1'),
  },
  {
    name: 'create with bad JSON',
    method: 'POST',
    path: '/containers/create',
    send: { body: '{bad json', contentType: 'application/json' },
    ...err(500, "invalid character 'b' looking for beginning of object key string"),
  },
  {
    name: 'create with truncated JSON',
    method: 'POST',
    path: '/containers/create',
    send: { body: '{"Image":"busybox",', contentType: 'application/json' },
    ...err(500, 'unexpected EOF'),
  },
  {
    name: 'create with empty config',
    method: 'POST',
    path: '/containers/create',
    json: {},
    ...err(400, 'Config cannot be empty in order to create a container'),
  },
  {
    name: 'create with a wrong type',
    method: 'POST',
    path: '/containers/create',
    json: { Image: 5 },
    ...err(
      500,
      'json: cannot unmarshal number into Go struct field ContainerConfigWrapper.Image of type string',
    ),
  },
  {
    name: 'create without JSON content type',
    method: 'POST',
    path: '/containers/create',
    send: { body: '{"Image":"busybox"}', contentType: 'text/plain' },
    ...err(400, "Content-Type specified (text/plain) must be 'application/json'"),
  },
  {
    name: 'create with an invalid name',
    method: 'POST',
    path: '/containers/create?name=a/b',
    json: { Image: 'busybox' },
    ...err(400, 'Invalid container name (a/b), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed'),
  },
  {
    name: 'create with an invalid image name',
    method: 'POST',
    path: '/containers/create',
    json: { Image: 'Bad Name' },
    ...err(400, 'invalid reference format: repository name must be lowercase'),
  },

  // ---- one container's life
  {
    name: 'inspect',
    method: 'GET',
    path: '/containers/g-contract-a/json',
    status: 200,
    schema: resp('/containers/{id}/json', 'get', 200),
    check: (b) => expectField(b, ['State', 'Status'], 'created'),
  },
  {
    name: 'inspect a missing container',
    method: 'GET',
    path: '/containers/g-contract-nope/json',
    ...err(404, 'No such container: g-contract-nope'),
  },
  { name: 'start', method: 'POST', path: '/containers/g-contract-a/start', status: 204 },
  {
    name: 'wait',
    method: 'POST',
    path: '/containers/g-contract-a/wait',
    status: 200,
    schema: def('ContainerWaitResponse'),
    check: (b) => expectField(b, ['StatusCode'], 0),
  },
  {
    name: 'logs, multiplexed',
    method: 'GET',
    path: '/containers/g-contract-a/logs?stdout=1&stderr=1',
    status: 200,
    raw: (b) => expectBytes(b, [1, 0, 0, 0, 0, 0, 0, 3, 0x68, 0x69, 0x0a]),
  },
  {
    name: 'export',
    method: 'GET',
    path: '/containers/g-contract-a/export',
    status: 200,
    contentType: 'application/octet-stream',
    raw: (b) => {
      if (b.length < 1024 || b.length % 512 !== 0) throw new Error(`not a tar: ${b.length} bytes`);
    },
  },
  {
    name: 'archive stat',
    method: 'HEAD',
    path: '/containers/g-contract-a/archive?path=/bin',
    status: 200,
    raw: (_b, h) => {
      const stat = JSON.parse(atob(h['X-Docker-Container-Path-Stat'] ?? '')) as {
        name: string;
        mode: number;
      };
      if (stat.name !== 'bin' || (stat.mode & 0x80000000) === 0)
        throw new Error(`bad stat ${JSON.stringify(stat)}`);
    },
  },
  {
    name: 'archive put',
    method: 'PUT',
    path: '/containers/g-contract-a/archive?path=/bin',
    send: { body: emptyTar(), contentType: 'application/x-tar' },
    status: 200,
  },
  {
    name: 'stats once',
    method: 'GET',
    path: '/containers/g-contract-a/stats?stream=0',
    status: 200,
    check: (b) => expectField(b, ['name'], '/g-contract-a'),
  },
  {
    name: 'update',
    method: 'POST',
    path: '/containers/g-contract-a/update',
    json: { RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 2 } },
    status: 200,
    schema: resp('/containers/{id}/update', 'post', 200),
  },
  {
    name: 'update with a bad policy',
    method: 'POST',
    path: '/containers/g-contract-a/update',
    json: { RestartPolicy: { Name: 'bogus' } },
    ...err(400, "invalid restart policy 'bogus'"),
  },
  {
    name: 'commit',
    method: 'POST',
    path: '/commit?container=g-contract-a&repo=g-contract-img&tag=committed',
    json: {},
    status: 201,
    schema: def('IdResponse'),
  },
  {
    name: 'commit a missing container',
    method: 'POST',
    path: '/commit?container=g-contract-nope',
    json: {},
    ...err(404, 'No such container: g-contract-nope'),
  },
  {
    name: 'remove the committed image',
    method: 'DELETE',
    path: '/images/g-contract-img:committed',
    status: 200,
  },
  {
    name: 'logs without a stream',
    method: 'GET',
    path: '/containers/g-contract-a/logs',
    ...err(400, 'Bad parameters: you must choose at least one stream'),
  },
  { name: 'stop a stopped container', method: 'POST', path: '/containers/g-contract-a/stop', status: 304 },
  {
    name: 'kill a stopped container',
    method: 'POST',
    path: '/containers/g-contract-a/kill',
    ...err(409, 'Cannot kill container: g-contract-a: Container <id> is not running'),
  },
  {
    name: 'pause a stopped container',
    method: 'POST',
    path: '/containers/g-contract-a/pause',
    ...err(409, 'Container <id> is not running'),
  },
  {
    name: 'top of a stopped container',
    method: 'GET',
    path: '/containers/g-contract-a/top',
    ...err(409, 'Container <id> is not running'),
  },
  {
    name: 'exec in a stopped container',
    method: 'POST',
    path: '/containers/g-contract-a/exec',
    json: { Cmd: ['true'] },
    ...err(409, 'Container <id> is not running'),
  },
  { name: 'changes', method: 'GET', path: '/containers/g-contract-a/changes', status: 200 },
  {
    name: 'archive without path',
    method: 'GET',
    path: '/containers/g-contract-a/archive',
    ...err(400, 'bad parameter: pathcannot be empty'),
  },
  {
    name: 'archive of a missing file',
    method: 'GET',
    path: '/containers/g-contract-a/archive?path=/g-contract-nope',
    ...err(404, 'Could not find the file /g-contract-nope in container g-contract-a'),
  },
  {
    name: 'resize with a bad height',
    method: 'POST',
    path: '/containers/g-contract-a/resize?h=a',
    ...err(400, 'strconv.Atoi: parsing "a": invalid syntax'),
  },
  {
    name: 'rename without a name',
    method: 'POST',
    path: '/containers/g-contract-a/rename',
    ...err(400, 'Neither old nor new names may be empty'),
  },
  { name: 'rename', method: 'POST', path: '/containers/g-contract-a/rename?name=g-contract-b', status: 204 },
  {
    name: 'remove under the old name',
    method: 'DELETE',
    path: '/containers/g-contract-a',
    ...err(404, 'No such container: g-contract-a'),
  },
  { name: 'remove', method: 'DELETE', path: '/containers/g-contract-b', status: 204 },
  {
    name: 'remove again',
    method: 'DELETE',
    path: '/containers/g-contract-b',
    ...err(404, 'No such container: g-contract-b'),
  },

  // ---- a running container (cat with an open stdin blocks on both engines)
  {
    name: 'create a long-running container',
    method: 'POST',
    path: '/containers/create?name=g-contract-run',
    json: { Image: 'busybox', Cmd: ['cat'], OpenStdin: true },
    status: 201,
  },
  { name: 'start it', method: 'POST', path: '/containers/g-contract-run/start', status: 204 },
  { name: 'start it again', method: 'POST', path: '/containers/g-contract-run/start', status: 304 },
  {
    name: 'list running',
    method: 'GET',
    path: `/containers/json?filters=${q({ name: ['g-contract-run'] })}`,
    status: 200,
    schema: def('ContainerSummary', true),
    check: (b) => expectField(b, ['0', 'State'], 'running'),
  },
  {
    name: 'top',
    method: 'GET',
    path: '/containers/g-contract-run/top',
    status: 200,
    schema: resp('/containers/{id}/top', 'get', 200),
  },
  {
    name: 'exec create',
    method: 'POST',
    path: '/containers/g-contract-run/exec',
    json: { Cmd: ['true'] },
    status: 201,
    schema: def('IdResponse'),
    save: (b, v) => (v.exec = (b as { Id: string }).Id),
  },
  {
    name: 'exec inspect',
    method: 'GET',
    path: '/exec/{exec}/json',
    status: 200,
    schema: resp('/exec/{id}/json', 'get', 200),
    check: (b) => expectField(b, ['Running'], false),
  },
  {
    name: 'exec inspect of a missing exec',
    method: 'GET',
    path: '/exec/g-contract-nope/json',
    ...err(404, 'No such exec instance: g-contract-nope'),
  },
  {
    name: 'exec start detached',
    method: 'POST',
    path: '/exec/{exec}/start',
    json: { Detach: true, Tty: false },
    status: 200,
  },
  { name: 'resize', method: 'POST', path: '/containers/g-contract-run/resize?h=40&w=120', status: 200 },
  { name: 'restart', method: 'POST', path: '/containers/g-contract-run/restart?t=0', status: 204 },
  {
    name: 'kill with a bad signal',
    method: 'POST',
    path: '/containers/g-contract-run/kill?signal=SIGBOGUS',
    ...err(400, 'Invalid signal: SIGBOGUS'),
  },
  { name: 'pause', method: 'POST', path: '/containers/g-contract-run/pause', status: 204 },
  {
    name: 'pause again',
    method: 'POST',
    path: '/containers/g-contract-run/pause',
    ...err(409, 'Container <id> is already paused'),
  },
  { name: 'unpause', method: 'POST', path: '/containers/g-contract-run/unpause', status: 204 },
  {
    name: 'unpause again',
    method: 'POST',
    path: '/containers/g-contract-run/unpause',
    ...err(500, 'Container <id> is not paused'),
  },
  {
    name: 'remove while running',
    method: 'DELETE',
    path: '/containers/g-contract-run',
    ...err(
      409,
      'You cannot remove a running container <id>. Stop the container before attempting removal or force remove',
    ),
  },
  { name: 'kill', method: 'POST', path: '/containers/g-contract-run/kill', status: 204 },
  { name: 'remove the killed container', method: 'DELETE', path: '/containers/g-contract-run', status: 204 },
  {
    name: 'prune nothing',
    method: 'POST',
    path: `/containers/prune?filters=${q({ label: ['g-contract-nothing'] })}`,
    status: 200,
    schema: resp('/containers/prune', 'post', 200),
    check: (b) => expectField(b, ['ContainersDeleted'], null),
  },

  // ---- images
  { name: 'image list', method: 'GET', path: '/images/json', status: 200, schema: def('ImageSummary', true) },
  {
    name: 'image inspect',
    method: 'GET',
    path: '/images/busybox/json',
    status: 200,
    schema: def('ImageInspect'),
    check: (b) => expectField(b, ['Os'], 'linux'),
  },
  {
    name: 'image inspect of a missing image',
    method: 'GET',
    path: '/images/g-contract-nope/json',
    ...err(404, 'no such image: g-contract-nope: No such image: g-contract-nope:latest'),
  },
  {
    name: 'image history',
    method: 'GET',
    path: '/images/busybox/history',
    status: 200,
    schema: resp('/images/{name}/history', 'get', 200),
  },
  { name: 'tag', method: 'POST', path: '/images/busybox/tag?repo=g-contract-img&tag=1', status: 201 },
  {
    name: 'tag a missing image',
    method: 'POST',
    path: '/images/g-contract-nope/tag?repo=g-contract-img&tag=2',
    ...err(404, 'No such image: g-contract-nope:latest'),
  },
  {
    name: 'untag',
    method: 'DELETE',
    path: '/images/g-contract-img:1',
    status: 200,
    check: (b) => expectEqual(b, [{ Untagged: 'g-contract-img:1' }]),
  },
  {
    name: 'remove a missing image',
    method: 'DELETE',
    path: '/images/g-contract-img:1',
    ...err(404, 'No such image: g-contract-img:1'),
  },
  {
    name: 'save an image',
    method: 'GET',
    path: '/images/get?names=busybox',
    status: 200,
    contentType: 'application/x-tar',
    raw: (b) => {
      if (!new TextDecoder().decode(b).includes('manifest.json'))
        throw new Error('no manifest.json in the archive');
    },
  },
  {
    name: 'image prune nothing',
    method: 'POST',
    path: `/images/prune?filters=${q({ label: ['g-contract-nothing'] })}`,
    status: 200,
    schema: resp('/images/prune', 'post', 200),
  },
  {
    name: 'disk usage',
    method: 'GET',
    path: '/system/df',
    status: 200,
    schema: resp('/system/df', 'get', 200),
  },
  {
    name: 'events in a past window',
    method: 'GET',
    path: '/events?since=1&until=2',
    status: 200,
    contentType: 'application/json',
    raw: (b) => {
      if (b.length !== 0) throw new Error('events in 1970?');
    },
  },
  {
    name: 'events with an unknown filter',
    method: 'GET',
    path: `/events?since=1&until=2&filters=${q({ bogus: ['1'] })}`,
    status: 200,
  },
  {
    name: 'events with filters not JSON',
    method: 'GET',
    path: '/events?since=1&until=2&filters=notjson',
    ...err(500, "invalid character 'o' in literal null (expecting 'u')"),
  },
  {
    name: 'image list with a bad dangling filter',
    method: 'GET',
    path: `/images/json?filters=${q({ dangling: ['maybe'] })}`,
    ...err(400, "Invalid filter 'dangling=[maybe]'"),
  },

  // ---- networks and volumes
  {
    name: 'network list',
    needs: 'networks',
    method: 'GET',
    path: '/networks',
    status: 200,
    schema: def('Network', true),
  },
  {
    name: 'network inspect bridge',
    needs: 'networks',
    method: 'GET',
    path: '/networks/bridge',
    status: 200,
    schema: def('Network'),
    check: (b) => expectField(b, ['Driver'], 'bridge'),
  },
  {
    name: 'network inspect missing',
    needs: 'networks',
    method: 'GET',
    path: '/networks/g-contract-nope',
    ...err(404, 'network g-contract-nope not found'),
  },
  {
    name: 'network bad dangling filter',
    needs: 'networks',
    method: 'GET',
    path: `/networks?filters=${q({ dangling: ['maybe'] })}`,
    ...err(400, 'invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")'),
  },
  {
    name: 'remove a predefined network',
    needs: 'networks',
    method: 'DELETE',
    path: '/networks/bridge',
    ...err(403, 'bridge is a pre-defined network and cannot be removed'),
  },
  {
    name: 'volume create',
    needs: 'volumes',
    method: 'POST',
    path: '/volumes/create',
    json: { Name: 'g-contract-vol' },
    status: 201,
    schema: def('Volume'),
  },
  {
    name: 'volume list',
    needs: 'volumes',
    method: 'GET',
    path: '/volumes',
    status: 200,
    schema: def('VolumeListResponse'),
  },
  { name: 'volume remove', needs: 'volumes', method: 'DELETE', path: '/volumes/g-contract-vol', status: 204 },
  {
    name: 'volume inspect missing',
    needs: 'volumes',
    method: 'GET',
    path: '/volumes/g-contract-vol',
    ...err(404, 'get g-contract-vol: no such volume'),
  },
];

function at(body: unknown, path: string[]): unknown {
  let v: unknown = body;
  for (const k of path) v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[k];
  return v;
}

function expectField(body: unknown, path: string[], expected: unknown): void {
  const v = at(body, path);
  if (v !== expected)
    throw new Error(`${path.join('.')} is ${JSON.stringify(v)}, expected ${JSON.stringify(expected)}`);
}

function expectBytes(b: Uint8Array, expected: number[]): void {
  if (JSON.stringify([...b]) !== JSON.stringify(expected))
    throw new Error(`bytes ${JSON.stringify([...b])}, expected ${JSON.stringify(expected)}`);
}

/** An empty tar archive: two zero blocks. */
function emptyTar(): Uint8Array {
  return new Uint8Array(1024);
}

function expectEqual(body: unknown, expected: unknown): void {
  if (JSON.stringify(body) !== JSON.stringify(expected)) {
    throw new Error(`body ${JSON.stringify(body)}, expected ${JSON.stringify(expected)}`);
  }
}
