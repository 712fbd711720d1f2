// BSON-like values as they cross the simulated wire and rest in /data/db: JSON, with ObjectIds
// written in MongoDB Extended JSON (`{ "$oid": "<24 hex>" }`).
export interface ObjectId {
  $oid: string;
}
export type MongoValue = null | boolean | number | string | ObjectId | MongoValue[] | MongoDoc;
export interface MongoDoc {
  [key: string]: MongoValue;
}

export function isObjectId(v: MongoValue): v is ObjectId {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.$oid === 'string' && Object.keys(v).length === 1;
}

export function isDoc(v: MongoValue): v is MongoDoc {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isObjectId(v);
}

/** Deep equality, as a query's equality match compares values. */
export function sameValue(a: MongoValue, b: MongoValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Does `doc` match an equality filter (`{ a: 1, 'b.c': 'x' }`, `$eq`, `$ne`, `$gt`…)? */
export function matches(doc: MongoDoc, filter: MongoDoc): boolean {
  return Object.entries(filter).every(([path, want]) => {
    const got = path.split('.').reduce<MongoValue | undefined>(
      (v, k) => (v !== undefined && isDoc(v) ? v[k] : undefined),
      doc,
    );
    if (isDoc(want) && Object.keys(want).some((k) => k.startsWith('$')))
      return Object.entries(want).every(([op, arg]) => compare(op, got, arg));
    return got !== undefined && (sameValue(got, want) || (Array.isArray(got) && got.some((g) => sameValue(g, want))));
  });
}

function compare(op: string, got: MongoValue | undefined, arg: MongoValue): boolean {
  const num = typeof got === typeof arg && (typeof got === 'number' || typeof got === 'string');
  const [x, y] = [got as number, arg as number];
  switch (op) {
    case '$eq':
      return got !== undefined && sameValue(got, arg);
    case '$ne':
      return got === undefined || !sameValue(got, arg);
    case '$gt':
      return num && x > y;
    case '$gte':
      return num && x >= y;
    case '$lt':
      return num && x < y;
    case '$lte':
      return num && x <= y;
    case '$in':
      return Array.isArray(arg) && got !== undefined && arg.some((a) => sameValue(a, got));
    case '$exists':
      return (got !== undefined) === Boolean(arg);
    default:
      return false;
  }
}
