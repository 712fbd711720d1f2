export interface ServerCommand {
  name: string;
  /** e.g. "serve [--port N]" */
  usage: string;
  /** French, one line. */
  summary: string;
  run(args: string[]): Promise<number>;
}
