// open() and file objects over the process's filesystem, with Python's OSError wording.
import type { FileSystem } from '../../engine/fs/types';
import { FsError } from '../../engine/fs/types';
import { resolvePath } from '../../engine/fs/path';
import { PyError, raise } from './errors';
import { PyBuiltin, PyList, PyObject, typeName, type Call, type PyValue } from './values';

/** What Python's I/O reaches of the process. */
export interface PyIo {
  fs: FileSystem;
  cwd(): string;
  stdout(text: string, flush: boolean): void;
  stderr(text: string): void;
  readLine(): Promise<string | null>;
  /** sys.exit(): raises SystemExit. */
  exit(code: PyValue): never;
}

const ERRNO: Record<string, [string, number, string]> = {
  ENOENT: ['FileNotFoundError', 2, 'No such file or directory'],
  EACCES: ['PermissionError', 13, 'Permission denied'],
  EISDIR: ['IsADirectoryError', 21, 'Is a directory'],
  ENOTDIR: ['NotADirectoryError', 20, 'Not a directory'],
  EEXIST: ['FileExistsError', 17, 'File exists'],
  EROFS: ['OSError', 30, 'Read-only file system'],
};

/** The Python exception for a failed filesystem call on `path`. */
export function osError(err: unknown, path: string): PyError {
  if (!(err instanceof FsError)) throw err;
  const [type, errno, text] = ERRNO[err.code] ?? ['OSError', 5, 'Input/output error'];
  return raise(type, `[Errno ${errno}] ${text}: '${path}'`);
}

export function openFile(io: PyIo, path: string, mode: string): PyObject {
  const abs = resolvePath(io.cwd(), path);
  const writing = /[wax+]/.test(mode);
  let content = '';
  try {
    if (io.fs.exists(abs) && io.fs.stat(abs).type === 'dir') throw new FsError('EISDIR', abs);
    if (mode.startsWith('r')) content = io.fs.readText(abs);
    else if (mode.startsWith('a') && io.fs.exists(abs)) content = io.fs.readText(abs);
    else if (mode.startsWith('x') && io.fs.exists(abs)) throw new FsError('EEXIST', abs);
    if (writing) io.fs.writeFile(abs, content);
  } catch (err) {
    throw osError(err, path);
  }
  let pos = mode.startsWith('a') ? content.length : 0;
  let closed = false;
  const attrs = new Map<string, PyValue>();
  const file = new PyObject(
    '_io.TextIOWrapper',
    attrs,
    () => lines(),
    `<_io.TextIOWrapper name='${path}' mode='${mode}' encoding='UTF-8'>`,
  );
  const check = () => {
    if (closed) throw raise('ValueError', 'I/O operation on closed file.');
  };
  const lines = (): PyValue[] => {
    check();
    const rest = content.slice(pos);
    pos = content.length;
    return rest.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  };
  const def = (name: string, f: Call) => attrs.set(name, new PyBuiltin(name, f, file));
  def('read', () => {
    check();
    if (!/[r+]/.test(mode)) throw raise('OSError', 'not readable');
    const rest = content.slice(pos);
    pos = content.length;
    return rest;
  });
  def('readline', () => {
    check();
    const nl = content.indexOf('\n', pos);
    const end = nl < 0 ? content.length : nl + 1;
    const line = content.slice(pos, end);
    pos = end;
    return line;
  });
  def('readlines', () => new PyList(lines()));
  def('write', (args) => {
    check();
    if (!writing) throw raise('OSError', 'not writable');
    const text = args[0];
    if (typeof text !== 'string')
      throw raise('TypeError', `write() argument must be str, not ${typeName(text ?? null)}`);
    content = content.slice(0, pos) + text + content.slice(pos + text.length);
    pos += text.length;
    try {
      io.fs.writeFile(abs, content);
    } catch (err) {
      throw osError(err, path);
    }
    return BigInt([...text].length);
  });
  def('close', () => ((closed = true), null));
  def('__enter__', () => file);
  def('__exit__', () => ((closed = true), false));
  attrs.set('name', path);
  attrs.set('mode', mode);
  return file;
}
