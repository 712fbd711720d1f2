// The docker command tree: the management groups and the top-level commands, as tables. A new
// command is a new file under commands/ plus one row here.

import type { CommandSpec, GroupSpec } from './command';
import type { RootSection } from './help';
import { containerAttachCommand } from './commands/container/attach';
import { containerCommitCommand } from './commands/container/commit';
import { containerCpCommand } from './commands/container/cp';
import { containerCreateCommand } from './commands/container/create';
import { containerDiffCommand } from './commands/container/diff';
import { containerExecCommand } from './commands/container/exec';
import { containerExportCommand } from './commands/container/export';
import { containerInspectCommand } from './commands/container/inspect';
import { containerKillCommand } from './commands/container/kill';
import { containerLogsCommand } from './commands/container/logs';
import { containerLsCommand } from './commands/container/ls';
import { containerPauseCommand } from './commands/container/pause';
import { containerPortCommand } from './commands/container/port';
import { containerPruneCommand } from './commands/container/prune';
import { containerRenameCommand } from './commands/container/rename';
import { containerRestartCommand } from './commands/container/restart';
import { containerRmCommand } from './commands/container/rm';
import { containerRunCommand } from './commands/container/run';
import { containerStartCommand } from './commands/container/start';
import { containerStatsCommand } from './commands/container/stats';
import { containerStopCommand } from './commands/container/stop';
import { containerTopCommand } from './commands/container/top';
import { containerUnpauseCommand } from './commands/container/unpause';
import { containerUpdateCommand } from './commands/container/update';
import { containerWaitCommand } from './commands/container/wait';
import { imageBuildCommand } from './commands/image/build';
import { imageHistoryCommand } from './commands/image/history';
import { imageImportCommand } from './commands/image/import';
import { imageInspectCommand } from './commands/image/inspect';
import { imageLoadCommand } from './commands/image/load';
import { imageLsCommand } from './commands/image/ls';
import { imagePruneCommand } from './commands/image/prune';
import { builderPruneCommand } from './commands/builder/prune';
import { imagePullCommand } from './commands/image/pull';
import { imagePushCommand } from './commands/image/push';
import { imageRmCommand } from './commands/image/rm';
import { imageSaveCommand } from './commands/image/save';
import { imageTagCommand } from './commands/image/tag';
import { networkConnectCommand } from './commands/network/connect';
import { networkCreateCommand } from './commands/network/create';
import { networkDisconnectCommand } from './commands/network/disconnect';
import { networkInspectCommand } from './commands/network/inspect';
import { networkLsCommand } from './commands/network/ls';
import { networkPruneCommand } from './commands/network/prune';
import { networkRmCommand } from './commands/network/rm';
import { registryLoginCommand } from './commands/registry/login';
import { registryLogoutCommand } from './commands/registry/logout';
import { registrySearchCommand } from './commands/registry/search';
import { systemDfCommand } from './commands/system/df';
import { systemEventsCommand } from './commands/system/events';
import { systemInfoCommand } from './commands/system/info';
import { systemInspectCommand } from './commands/system/inspect';
import { systemPruneCommand } from './commands/system/prune';
import { systemVersionCommand } from './commands/system/version';
import { volumeCreateCommand } from './commands/volume/create';
import { volumeInspectCommand } from './commands/volume/inspect';
import { volumeLsCommand } from './commands/volume/ls';
import { volumePruneCommand } from './commands/volume/prune';
import { volumeRmCommand } from './commands/volume/rm';

/** The names a command answers to inside a group, read from its `Aliases:` line (`docker container list`…). */
function groupEntry(group: string, command: CommandSpec): GroupSpec['commands'][number] {
  const prefix = `docker ${group} `;
  const aliases = (command.aliases ?? '')
    .split(', ')
    .filter((a) => a.startsWith(prefix))
    .map((a) => a.slice(prefix.length))
    .filter((a) => a !== command.name);
  return { name: command.name, aliases, command };
}

function group(name: string, use: string, short: string, commands: CommandSpec[]): GroupSpec {
  return { name, use, short, commands: commands.map((c) => groupEntry(name, c)) };
}

export const GROUPS: readonly GroupSpec[] = [
  group('builder', 'builder', 'Manage builds', [imageBuildCommand, builderPruneCommand]),
  group('container', 'container', 'Manage containers', [
    containerAttachCommand,
    containerCommitCommand,
    containerCpCommand,
    containerCreateCommand,
    containerDiffCommand,
    containerExecCommand,
    containerExportCommand,
    containerInspectCommand,
    containerKillCommand,
    containerLogsCommand,
    containerLsCommand,
    containerPauseCommand,
    containerPortCommand,
    containerPruneCommand,
    containerRenameCommand,
    containerRestartCommand,
    containerRmCommand,
    containerRunCommand,
    containerStartCommand,
    containerStatsCommand,
    containerStopCommand,
    containerTopCommand,
    containerUnpauseCommand,
    containerUpdateCommand,
    containerWaitCommand,
  ]),
  group('image', 'image', 'Manage images', [
    imageBuildCommand,
    imageHistoryCommand,
    imageImportCommand,
    imageInspectCommand,
    imageLoadCommand,
    imageLsCommand,
    imagePruneCommand,
    imagePullCommand,
    imagePushCommand,
    imageRmCommand,
    imageSaveCommand,
    imageTagCommand,
  ]),
  group('network', 'network', 'Manage networks', [
    networkConnectCommand,
    networkCreateCommand,
    networkDisconnectCommand,
    networkInspectCommand,
    networkLsCommand,
    networkPruneCommand,
    networkRmCommand,
  ]),
  group('system', 'system', 'Manage Docker', [
    systemDfCommand,
    systemEventsCommand,
    systemInfoCommand,
    systemPruneCommand,
  ]),
  group('volume', 'volume COMMAND', 'Manage volumes', [
    volumeCreateCommand,
    volumeInspectCommand,
    volumeLsCommand,
    volumePruneCommand,
    volumeRmCommand,
  ]),
];

/** Top-level commands: name → command (the shortcuts share the management command's file). */
export const TOP_LEVEL: ReadonlyMap<string, CommandSpec> = new Map<string, CommandSpec>([
  ['attach', containerAttachCommand],
  ['build', imageBuildCommand],
  ['commit', containerCommitCommand],
  ['cp', containerCpCommand],
  ['create', containerCreateCommand],
  ['diff', containerDiffCommand],
  ['events', systemEventsCommand],
  ['exec', containerExecCommand],
  ['export', containerExportCommand],
  ['history', imageHistoryCommand],
  ['images', imageLsCommand],
  ['import', imageImportCommand],
  ['info', systemInfoCommand],
  ['inspect', systemInspectCommand],
  ['kill', containerKillCommand],
  ['load', imageLoadCommand],
  ['login', registryLoginCommand],
  ['logout', registryLogoutCommand],
  ['logs', containerLogsCommand],
  ['pause', containerPauseCommand],
  ['port', containerPortCommand],
  ['ps', containerLsCommand],
  ['pull', imagePullCommand],
  ['push', imagePushCommand],
  ['rename', containerRenameCommand],
  ['restart', containerRestartCommand],
  ['rm', containerRmCommand],
  ['rmi', imageRmCommand],
  ['run', containerRunCommand],
  ['save', imageSaveCommand],
  ['search', registrySearchCommand],
  ['start', containerStartCommand],
  ['stats', containerStatsCommand],
  ['stop', containerStopCommand],
  ['tag', imageTagCommand],
  ['top', containerTopCommand],
  ['unpause', containerUnpauseCommand],
  ['update', containerUpdateCommand],
  ['version', systemVersionCommand],
  ['wait', containerWaitCommand],
]);

const COMMON = [
  'run',
  'exec',
  'ps',
  'build',
  'pull',
  'push',
  'images',
  'login',
  'logout',
  'search',
  'version',
  'info',
];

/** The sections of `docker --help`, in Docker's order. */
export function rootSections(): RootSection[] {
  const short = (name: string) => (TOP_LEVEL.get(name) as CommandSpec).short;
  const others = [...TOP_LEVEL.keys()].filter((n) => !COMMON.includes(n)).sort();
  return [
    { title: 'Common Commands', entries: COMMON.map((name) => ({ name, short: short(name) })) },
    { title: 'Management Commands', entries: GROUPS.map((g) => ({ name: g.name, short: g.short })) },
    { title: 'Commands', entries: others.map((name) => ({ name, short: short(name) })) },
  ];
}

export function findGroup(name: string): GroupSpec | undefined {
  return GROUPS.find((g) => g.name === name);
}

export function findInGroup(group: GroupSpec, name: string): CommandSpec | undefined {
  return group.commands.find((c) => c.name === name || c.aliases?.includes(name))?.command;
}
