// POST /containers/{id}/update (moby daemon/update.go): memory, CPUs, pids limit, restart policy;
// a running container's cgroup changes at once.
import { Conflict, InvalidParameter } from '../../api/errors';
import type { ContainerUpdateRequest, ContainerUpdateResponse } from '../../api/types';
import { sysFiles } from '../../container/kernel-files';
import { restartPolicyError, restartPolicyOf } from '../../container/restart-policy';
import type { Daemon } from '../daemon';
import { MIN_MEMORY } from './create';

export function containerUpdate(
  d: Daemon,
  ref: string,
  req: ContainerUpdateRequest,
): ContainerUpdateResponse {
  const c = d.containers.get(ref);
  if (c.state === 'removing' || c.state === 'dead')
    throw new Conflict(`Container ${c.id} is marked for removal and cannot be "update"`);
  if (req.Memory && req.Memory > 0 && req.Memory < MIN_MEMORY)
    throw new InvalidParameter('Minimum memory limit allowed is 6MB');
  // container.UpdateContainer: raising memory above the current swap limit needs a new swap limit.
  if (req.Memory && req.Memory > (c.hostConfig.MemorySwap ?? 0) && !req.MemorySwap) {
    throw new Conflict(
      `Cannot update container ${c.id}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time`,
    );
  }
  if (req.RestartPolicy) {
    const policy = {
      Name: req.RestartPolicy.Name,
      MaximumRetryCount: req.RestartPolicy.MaximumRetryCount ?? 0,
    };
    const err = restartPolicyError(policy);
    if (err) throw new InvalidParameter(err);
    if (c.hostConfig.AutoRemove && policy.Name !== 'no' && policy.Name !== '') {
      throw new InvalidParameter(
        'Restart policy cannot be updated because AutoRemove is enabled for the container',
      );
    }
    c.hostConfig.RestartPolicy = policy;
    c.send({ type: 'container.update', restartPolicy: restartPolicyOf(policy)! });
  }
  if (req.Memory !== undefined) c.hostConfig.Memory = req.Memory;
  if (req.MemorySwap !== undefined) c.hostConfig.MemorySwap = req.MemorySwap;
  if (req.NanoCpus !== undefined) c.hostConfig.NanoCpus = req.NanoCpus;
  if (req.CpuShares !== undefined) c.hostConfig.CpuShares = req.CpuShares;
  if (req.PidsLimit !== undefined) c.hostConfig.PidsLimit = req.PidsLimit;
  if (c.running) {
    d.kernel.setLimits(c.running.ns, {
      memoryLimit: c.hostConfig.Memory || undefined,
      pidsLimit: c.hostConfig.PidsLimit || undefined,
    });
    sysFiles(c.sys, c.hostConfig);
  }
  d.containerEvent(c, 'update');
  return { Warnings: null };
}
