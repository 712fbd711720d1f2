// Differences between the simulator and dockerd that the contract found and that belong to other
// parts of the engine. Each is run with `it.fails`: the test turns red when the difference is fixed,
// so the entry is removed then. Keyed by target and step name.
export const KNOWN_DIFFERENCES: Record<string, Record<string, string>> = {
  simulator: {},
};
