// What `docker build` prints from the /build stream (BuildKit's plain and TTY views, the failure
// block), offered to the CLI through the client: the CLI layer does not reach into the engine.
export {
  renderPlainBuild,
  renderTtyBuild,
  type BuildOutcome,
  type TtyRenderOptions,
} from '../engine/builder/progress/client-render';
