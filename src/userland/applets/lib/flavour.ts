// Which userland a program imitates: GNU coreutils/procps (the Debian host) or BusyBox (containers).
// Applets share one implementation and branch on the flavour only where the real outputs differ.

export type Flavour = 'gnu' | 'busybox';

/** The banner line BusyBox prints before an applet's usage (from the real /bin/busybox on Debian 12). */
export const BUSYBOX_BANNER = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.';
