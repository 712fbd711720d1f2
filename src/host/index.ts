export { createHost, loginEnv, type Host, type HostOptions, type Terminal } from './host';
export { ELEVE, type HostUser } from './layout';
