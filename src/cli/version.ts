// The client we imitate (DESIGN.md §6): the docker CLI 28 found on the reference machines.
export const CLIENT_VERSION = {
  Version: '28.2.2',
  ApiVersion: '1.41',
  DefaultApiVersion: '1.50',
  GoVersion: 'go1.24.3',
  GitCommit: 'e6534b4',
  BuildTime: 'Fri May 30 12:07:14 2025',
  Os: 'linux',
  Arch: 'amd64',
} as const;
