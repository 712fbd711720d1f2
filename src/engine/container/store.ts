// The daemon's containers by id and by name (moby daemon.GetContainer, the name registrar and the
// truncindex): a full id, a name with or without '/', or an unambiguous id prefix.
import { Conflict, InvalidParameter, NotFound } from '../api/errors';
import type { Container } from './container';

export class ContainerStore {
  private readonly byId = new Map<string, Container>();
  /** '/name' → id. */
  private readonly names = new Map<string, string>();

  add(container: Container): void {
    this.byId.set(container.id, container);
  }

  delete(container: Container): void {
    this.byId.delete(container.id);
    if (this.names.get(container.name) === container.id) this.names.delete(container.name);
  }

  all(): Container[] {
    return [...this.byId.values()];
  }

  get size(): number {
    return this.byId.size;
  }

  /** Throws Docker's conflict when `name` ('/web') belongs to another container. */
  reserveName(name: string, id: string): void {
    const owner = this.names.get(name);
    if (owner !== undefined && owner !== id) {
      throw new Conflict(
        `Conflict. The container name "${name}" is already in use by container "${owner}". You have to remove (or rename) that container to be able to reuse that name.`,
      );
    }
    this.names.set(name, id);
  }

  releaseName(name: string): void {
    this.names.delete(name);
  }

  isNameTaken(name: string): boolean {
    return this.names.has(name);
  }

  find(ref: string): Container | undefined {
    if (ref === '') return undefined;
    const exact = this.byId.get(ref);
    if (exact) return exact;
    const named = this.names.get(ref.startsWith('/') ? ref : `/${ref}`);
    if (named !== undefined) return this.byId.get(named);
    if (!/^[a-f0-9]+$/.test(ref)) return undefined;
    let found: Container | undefined;
    for (const [id, c] of this.byId) {
      if (!id.startsWith(ref)) continue;
      if (found) throw new InvalidParameter(`Multiple IDs found with provided prefix: ${ref}`);
      found = c;
    }
    return found;
  }

  /** Throws `No such container: <ref>` (the reference exactly as given). */
  get(ref: string): Container {
    const c = this.find(ref);
    if (!c) throw new NotFound(`No such container: ${ref}`);
    return c;
  }
}
