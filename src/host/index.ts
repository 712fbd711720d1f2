export { createHost, loginEnv, type Host, type HostOptions, type Terminal, type Session } from './host';
export { ELEVE, type HostUser } from './layout';
