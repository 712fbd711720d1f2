// The global options of `docker` (before the command), with defaults that follow $HOME like Docker's.

import type { FlagSpec } from './flags';

export const DEFAULT_HOST = 'unix:///var/run/docker.sock';

export function globalFlags(env: Record<string, string>): FlagSpec[] {
  const config = env.DOCKER_CONFIG || `${env.HOME || '/root'}/.docker`;
  return [
    {
      name: 'config',
      type: 'string',
      usage: 'Location of client config files',
      default: JSON.stringify(config),
    },
    {
      name: 'context',
      short: 'c',
      type: 'string',
      usage:
        'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")',
    },
    { name: 'debug', short: 'D', type: 'bool', usage: 'Enable debug mode' },
    { name: 'host', short: 'H', type: 'list', usage: 'Daemon socket to connect to' },
    {
      name: 'log-level',
      short: 'l',
      type: 'string',
      usage: 'Set the logging level ("debug", "info", "warn", "error", "fatal")',
      default: '"info"',
      validate: (v) => {
        if (!['debug', 'info', 'warn', 'error', 'fatal', 'panic', 'trace'].includes(v)) {
          throw new Error(`not a valid logrus Level: ${JSON.stringify(v)}`);
        }
      },
    },
    { name: 'tls', type: 'bool', usage: 'Use TLS; implied by --tlsverify' },
    {
      name: 'tlscacert',
      type: 'string',
      usage: 'Trust certs signed only by this CA',
      default: JSON.stringify(`${config}/ca.pem`),
    },
    {
      name: 'tlscert',
      type: 'string',
      usage: 'Path to TLS certificate file',
      default: JSON.stringify(`${config}/cert.pem`),
    },
    {
      name: 'tlskey',
      type: 'string',
      usage: 'Path to TLS key file',
      default: JSON.stringify(`${config}/key.pem`),
    },
    { name: 'tlsverify', type: 'bool', usage: 'Use TLS and verify the remote' },
    { name: 'version', short: 'v', type: 'bool', usage: 'Print version information and quit' },
  ];
}
