// Property tests explore random inputs locally; in CI (CI=true) they replay one fixed seed so a run
// is reproducible. FC_SEED picks a seed explicitly (fast-check prints the seed of any failure).
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261123' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
