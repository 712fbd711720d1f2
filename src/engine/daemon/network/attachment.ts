// What a running container holds on the networks: its stack, its endpoints, its published ports.
import type { HostsEntry } from '../../container/etc-files';
import type { Endpoint, NetworkRecord } from '../../network/network';
import type { Stack } from '../../network/stack';

export interface PublishedPort {
  /** `80/tcp`. */
  key: string;
  privatePort: number;
  hostIp: string;
  hostPort: number;
}

export interface Attachment {
  /** The container's name without '/'. */
  name: string;
  stack: Stack;
  /** /etc/hosts lines of `--link`ed containers (default bridge only). */
  links: HostsEntry[];
  sandboxId: string;
  endpoints: { network: NetworkRecord; endpoint: Endpoint }[];
  published: PublishedPort[];
  closers: (() => void)[];
  /** Shares another namespace's stack (`--network host`, `container:…`): owns no endpoint. */
  shared: boolean;
}
