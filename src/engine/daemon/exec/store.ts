// Exec instances (moby daemon/exec): created by `exec create`, run by `exec start`, inspectable until
// their container goes away.
import { NotFound } from '../../api/errors';
import type { ExecCreateRequest } from '../../api/types';
import type { Pty } from '../../process/pty';
import type { KernelProcess } from '../../process/kernel';

export interface ExecRecord {
  readonly id: string;
  readonly containerId: string;
  readonly request: ExecCreateRequest;
  running: boolean;
  /** null until the process ended. */
  exitCode: number | null;
  /** Host PID while running, else 0. */
  pid: number;
  started: boolean;
  process: KernelProcess | null;
  pty: Pty | null;
}

export class ExecStore {
  private readonly byId = new Map<string, ExecRecord>();

  add(record: ExecRecord): void {
    this.byId.set(record.id, record);
  }

  get(id: string): ExecRecord {
    const found = this.byId.get(id);
    if (!found) throw new NotFound(`No such exec instance: ${id}`);
    return found;
  }

  delete(id: string): void {
    this.byId.delete(id);
  }

  forContainer(containerId: string): ExecRecord[] {
    return [...this.byId.values()].filter((e) => e.containerId === containerId);
  }
}
