// The mongo image through the CLI: mongod stays up, logs MongoDB's JSON lines, answers mongosh over
// the container's network; data lives in /data/db and survives a restart; the root user from
// MONGO_INITDB_ROOT_USERNAME/PASSWORD guards the data.
import { describe, expect, it } from 'vitest';
import { inspect } from '../../../src/userland/servers/mongo-inspect';
import { mongoLogLine } from '../../../src/userland/servers/mongo-log';
import { parseShell } from '../../../src/userland/servers/mongo-literal';
import { matches } from '../../../src/userland/servers/mongo-value';
import { transcript } from '../../world/helpers';

const OID = /ObjectId\('[0-9a-f]{24}'\)/;

describe('mongo pieces', () => {
  it('pads the structured log fields as mongod does', () => {
    expect(
      mongoLogLine(Date.UTC(2024, 2, 15, 4, 15, 10, 397), {
        c: 'NETWORK',
        id: 23016,
        ctx: 'listener',
        msg: 'Waiting for connections',
        attr: { port: 27017, ssl: 'off' },
      }),
    ).toBe(
      '{"t":{"$date":"2024-03-15T04:15:10.397+00:00"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}\n',
    );
    expect(mongoLogLine(0, { c: 'REPL', id: 4915702, ctx: 'x', msg: 'm' })).toContain('"c":"REPL",     "id":4915702, "ctx"');
  });

  it('prints values as util.inspect does in mongosh', () => {
    expect(inspect({ ok: 1 })).toBe('{ ok: 1 }');
    expect(inspect({ acknowledged: true, insertedId: { $oid: '6561f0a0c0ffee0000000000' } })).toBe(
      "{\n  acknowledged: true,\n  insertedId: ObjectId('6561f0a0c0ffee0000000000')\n}",
    );
    expect(inspect([{ a: 'x', 'b-c': [1, 2] }])).toBe("[ { a: 'x', 'b-c': [ 1, 2 ] } ]");
  });

  it('parses shell statements and filters', () => {
    expect(parseShell("use shop; db.items.find({ n: { $gt: 1 } })\nshow collections")).toEqual([
      { kind: 'use', db: 'shop' },
      { kind: 'call', path: ['db', 'items', 'find'], args: [{ n: { $gt: 1 } }], then: [] },
      { kind: 'show', what: 'collections' },
    ]);
    expect(parseShell("db.items.insertOne({a: 1, b: 'x'}); db.version()")).toEqual([
      { kind: 'call', path: ['db', 'items', 'insertOne'], args: [{ a: 1, b: 'x' }], then: [] },
      { kind: 'call', path: ['db', 'version'], args: [], then: [] },
    ]);
    expect(matches({ n: 2, tags: ['a'] }, { n: { $gt: 1 }, tags: 'a' })).toBe(true);
    expect(matches({ n: 1 }, { n: { $gt: 1 } })).toBe(false);
  });
});

describe('the mongo image', () => {
  it('stays up, answers mongosh and keeps data across a restart', async () => {
    const steps = await transcript([
      'docker run -d --name mg mongo',
      "docker exec mg mongosh --quiet --eval 'db.runCommand({ping:1})'",
      "docker exec mg mongosh --quiet --eval 'db.version()'",
      "docker exec mg mongosh --quiet --eval 'db.items.insertOne({a:1})'",
      "docker exec mg mongosh --quiet --eval 'db.items.find()'",
      "docker exec mg mongosh --quiet --eval 'show dbs'",
      'docker restart mg',
      "docker exec mg mongosh --quiet --eval 'db.items.countDocuments()'",
      'docker logs mg',
      "docker ps --format '{{.Names}} {{.Status}}'",
      "docker exec mg mongosh --quiet --eval 'db.items.nope()'",
    ]);
    expect(steps[0].exit).toBe(0);
    expect(steps[1]).toMatchObject({ stdout: '{ ok: 1 }\n', exit: 0 });
    expect(steps[2].stdout).toBe('7.0.14\n');
    expect(steps[3].stdout).toMatch(new RegExp(`^\\{\\n  acknowledged: true,\\n  insertedId: ${OID.source}\\n\\}\\n$`));
    expect(steps[4].stdout).toMatch(new RegExp(`^\\[ \\{ _id: ${OID.source}, a: 1 \\} \\]\\n$`));
    expect(steps[5].stdout).toMatch(/^admin {3}40\.00 KiB\nconfig {2}12\.00 KiB\nlocal {3}40\.00 KiB\ntest {4}\d+\.\d\d KiB\n$/);
    expect(steps[7].stdout).toBe('1\n');
    expect(steps[8].stdout).toContain(
      '"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}\n',
    );
    expect(steps[8].stdout).toContain('"msg":"Received signal","attr":{"signal":15,"error":"Terminated"}');
    expect(steps[8].stdout).toContain('"msg":"Access control is not enabled for the database.');
    expect(steps[9].stdout).toMatch(/^mg Up /);
    expect(steps[10]).toMatchObject({ stderr: 'TypeError: db.items.nope is not a function\n', exit: 1 });
  });

  it('creates the root user from MONGO_INITDB_ROOT_* and requires it', async () => {
    const steps = await transcript([
      'docker run -d --name mg -e MONGO_INITDB_ROOT_USERNAME=admin -e MONGO_INITDB_ROOT_PASSWORD=secret mongo',
      "docker exec mg mongosh --quiet --eval 'db.items.find()'",
      "docker exec mg mongosh --quiet -u admin -p nope --eval 'db.items.find()'",
      "docker exec mg mongosh --quiet -u admin -p secret --eval 'db.items.insertOne({nom:\"café\"})'",
      "docker exec mg mongosh --quiet -u admin -p secret --eval 'db.items.findOne({nom:\"café\"}).nom'",
      "docker exec mg mongosh --quiet -u admin -p secret --eval 'db.items.countDocuments({nom:\"café\"})'",
      'docker logs mg',
      'docker run --name half -e MONGO_INITDB_ROOT_USERNAME=admin mongo',
    ]);
    expect(steps[0].exit).toBe(0);
    expect(steps[1]).toMatchObject({
      stderr: 'MongoServerError[Unauthorized]: Command find requires authentication\n',
      exit: 1,
    });
    expect(steps[2]).toMatchObject({ stderr: 'MongoServerError: Authentication failed.\n', exit: 1 });
    expect(steps[3].exit).toBe(0);
    expect(steps[4].stdout).toBe('café\n');
    expect(steps[5].stdout).toBe('1\n');
    expect(steps[6].stdout).toContain('MongoDB init process complete; ready for start up.');
    expect(steps[6].stdout).toContain('"c":"ACCESS",   "id":5286306, "ctx":"conn');
    expect(steps[6].stdout).toContain('"options":{"net":{"bindIp":"127.0.0.1","port":27017,"tls":{"mode":"disabled"}}');
    expect(steps[6].stdout).toContain('"options":{"net":{"bindIp":"*"},"security":{"authorization":"enabled"}}');
    expect(steps[7]).toMatchObject({ exit: 1 });
    expect(steps[7].stderr).toMatch(
      /\nerror: missing 'MONGO_INITDB_ROOT_USERNAME' or 'MONGO_INITDB_ROOT_PASSWORD'\n {7}both must be specified for a user to be created\n\n$/,
    );
  });

  it('keeps collections in a named volume for the next container', async () => {
    const steps = await transcript([
      'docker run -d --name m1 -v mdata:/data/db mongo',
      "docker exec m1 mongosh --quiet --eval 'use shop' --eval 'db.items.insertMany([{n:1},{n:2},{n:3}])'",
      'docker rm -f m1',
      'docker run -d --name m2 -v mdata:/data/db mongo',
      "docker exec m2 mongosh shop --quiet --eval 'db.items.countDocuments({n:{$gte:2}})'",
      "docker exec m2 mongosh --quiet --eval 'use shop; show collections'",
      "docker exec m2 mongosh --quiet --eval 'db.getSiblingDB()'",
    ]);
    expect(steps[1].stdout).toMatch(/^\{\n {2}acknowledged: true,\n {2}insertedIds: \{\n {4}'0': ObjectId/);
    expect(steps[4].stdout).toBe('2\n');
    expect(steps[5].stdout).toBe('items\n');
    expect(steps[6]).toMatchObject({ stderr: 'TypeError: db.getSiblingDB is not a function\n', exit: 1 });
  });

  it('refuses mongosh when no server listens', async () => {
    const steps = await transcript(["docker run --rm mongo mongosh --quiet --eval 'db.version()'"]);
    expect(steps[0].exit).toBe(1);
    expect(steps[0].stderr).toMatch(/\nMongoNetworkError: connect ECONNREFUSED 127\.0\.0\.1:27017\n$/);
  });

  it('updates documents and reads a script from stdin', async () => {
    const steps = await transcript([
      'docker run -d --name mg mongo',
      "docker exec mg mongosh --quiet --eval 'db.stock.insertMany([{item:\"pomme\",qte:1},{item:\"poire\",qte:5}])'",
      "docker exec mg mongosh --quiet --eval 'db.stock.updateOne({item:\"pomme\"},{$inc:{qte:2}})'",
      "docker exec mg mongosh --quiet --eval 'db.stock.updateMany({},{$set:{bio:true}})'",
      "printf 'use test\\ndb.stock.findOne({item:\"pomme\"}).qte\\ndb.stock.countDocuments({bio:true})\\nexit\\ndb.version()\\n' | docker exec -i mg mongosh --quiet",
      "docker exec mg mongosh --quiet --eval 'db.stock.updateOne({},{$push:{item:1}})'",
      "docker exec mg mongosh --quiet --eval 'db.stock.find({}).sort({qte:-1}).limit(1).toArray()'",
      "docker exec mg mongosh --quiet --eval 'db.stock.find({qte:{$lt:4}}).count()'",
      "docker exec mg mongosh --quiet --eval 'db.stock.findOne().nope()'",
    ]);
    expect(steps[6].stdout).toMatch(/^\[\n {2}\{\n {4}_id: ObjectId\('[0-9a-f]{24}'\),\n {4}item: 'poire',\n {4}qte: 5,\n {4}bio: true\n {2}\}\n\]\n$/);
    expect(steps[7].stdout).toBe('1\n');
    expect(steps[8].stderr).toBe('TypeError: db.stock.findOne(...).nope is not a function\n');
    expect(steps[2].stdout).toBe(
      '{\n  acknowledged: true,\n  insertedId: null,\n  matchedCount: 1,\n  modifiedCount: 1,\n  upsertedCount: 0\n}\n',
    );
    expect(steps[3].stdout).toContain('  matchedCount: 2,\n  modifiedCount: 2,\n');
    expect(steps[4]).toMatchObject({ stdout: 'switched to db test\n3\n2\n', exit: 0 });
    expect(steps[5]).toMatchObject({ exit: 1 });
    expect(steps[5].stderr).toMatch(/^MongoServerError\[BadValue\]: The field 'item' must be an array but is of type string in document \{_id: ObjectId\('[0-9a-f]{24}'\)\}\n$/);
  });

  it('answers a mongosh in another container on the same network', async () => {
    const steps = await transcript([
      'docker network create net1',
      'docker run -d --name mg --network net1 mongo',
      "docker run --rm --network net1 mongo mongosh mongodb://mg:27017/shop --quiet --eval 'db.getName()'",
      "docker run --rm --network net1 mongo mongosh --host mg --quiet --eval 'db.runCommand({ping:1}).ok'",
      "docker run --rm --network net1 mongo mongosh mongodb://mg/shop --eval 'db.getName()'",
    ]);
    expect(steps[2].stdout).toBe('shop\n');
    expect(steps[3].stdout).toBe('1\n');
    expect(steps[4].stdout).toMatch(
      /^Current Mongosh Log ID:\t[0-9a-f]{24}\nConnecting to:\t\tmongodb:\/\/mg\/shop\?appName=mongosh\+2\.3\.1\nUsing MongoDB:\t\t7\.0\.14\nUsing Mongosh:\t\t2\.3\.1\n\nFor mongosh info see: https:\/\/www\.mongodb\.com\/docs\/mongodb-shell\/\n\nshop\n$/,
    );
  });
});
