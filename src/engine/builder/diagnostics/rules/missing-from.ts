// A Dockerfile starts with FROM; only ARG may come before it.

import type { Rule } from './rule';

export const missingFrom: Rule = (src) => {
  const first = src.nodes.find((n) => n.node.value.toLowerCase() !== 'arg');
  if (first && first.node.value.toLowerCase() === 'from') return [];
  if (!first) {
    const anchor = src.nodes[0]?.node;
    const line = anchor ? anchor.startLine : 1;
    return [
      {
        ...src.linesRange(line, line),
        code: 'missing-from',
        severity: 'error',
        message:
          'Il manque FROM : un Dockerfile commence par FROM <image> (seuls des ARG peuvent le précéder).',
      },
    ];
  }
  return [
    {
      ...src.keyword(first.node),
      code: 'missing-from',
      severity: 'error',
      message: `${first.node.value.toUpperCase()} arrive avant le premier FROM : toute instruction (sauf ARG) doit suivre un FROM <image>.`,
    },
  ];
};
