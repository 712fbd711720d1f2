// Update operators a student uses: $set, $unset, $inc, $push; a document without operators
// replaces the matched one (keeping its _id).
import { inspect } from './mongo-inspect';
import { isDoc, type MongoDoc, type MongoValue } from './mongo-value';

export class UpdateError extends Error {
  constructor(
    message: string,
    readonly code = 9,
    readonly codeName = 'FailedToParse',
  ) {
    super(message);
  }
}

/** Where `path` (`a.b.c`) ends in `doc`, creating the objects on the way. */
function parentOf(doc: MongoDoc, path: string): [MongoDoc, string] {
  const keys = path.split('.');
  let cur = doc;
  for (const k of keys.slice(0, -1)) {
    const next = cur[k];
    cur = isDoc(next ?? null) ? (next as MongoDoc) : (cur[k] = {});
  }
  return [cur, keys[keys.length - 1]];
}

/** The document after `update`; throws UpdateError with the server's message. */
export function applyUpdate(doc: MongoDoc, update: MongoDoc): MongoDoc {
  const ops = Object.keys(update);
  if (!ops.some((k) => k.startsWith('$'))) return { _id: doc._id, ...update };
  const out = structuredClone(doc);
  for (const [op, fields] of Object.entries(update)) {
    if (!isDoc(fields)) throw new UpdateError(`Modifiers operate on fields but we found type ${typeof fields} instead.`);
    for (const [path, arg] of Object.entries(fields)) {
      const [parent, key] = parentOf(out, path);
      const current: MongoValue | undefined = parent[key];
      if (op === '$set') parent[key] = arg;
      else if (op === '$unset') delete parent[key];
      else if (op === '$inc') {
        if (current !== undefined && typeof current !== 'number')
          throw new UpdateError(`Cannot apply $inc to a value of non-numeric type. {_id: ${inspect(doc._id)}} has the field '${key}' of non-numeric type ${typeof current}`, 14, 'TypeMismatch');
        parent[key] = ((current as number | undefined) ?? 0) + Number(arg);
      } else if (op === '$push') {
        if (current !== undefined && !Array.isArray(current))
          throw new UpdateError(`The field '${key}' must be an array but is of type ${typeof current} in document {_id: ${inspect(doc._id)}}`, 2, 'BadValue');
        parent[key] = [...((current as MongoValue[] | undefined) ?? []), arg];
      } else throw new UpdateError(`Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update specified as an array`);
    }
  }
  return out;
}
