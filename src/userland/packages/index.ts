// The package managers of the images: apk (Alpine), apt-get and apt (Debian, Ubuntu).
import type { Program } from '../../engine/process/types';
import { apk } from './apk';
import { aptGet } from './apt-get';

export const PACKAGE_MANAGERS: Readonly<Record<string, Program>> = { apk, 'apt-get': aptGet, apt: aptGet };
