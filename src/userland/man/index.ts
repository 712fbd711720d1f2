// All manual pages by name.

import type { ManPage } from './types';
import { FILE_PAGES } from './pages-files';
import { TEXT_PAGES } from './pages-text';
import { SYSTEM_PAGES } from './pages-system';
import { ARCHIVE_PAGES } from './pages-archive';

export type { ManPage } from './types';

export const MAN_PAGES: ReadonlyMap<string, ManPage> = new Map(
  [...FILE_PAGES, ...TEXT_PAGES, ...SYSTEM_PAGES, ...ARCHIVE_PAGES].map((p) => [p.name, p]),
);
