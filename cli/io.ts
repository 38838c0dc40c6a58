// What a command may touch of the outside world, passed in so tests run the CLI in-process.

export interface TextSink {
  write(chunk: string): unknown;
}

export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: TextSink;
  stderr: TextSink;
  /** Whether stderr is a terminal: a redrawn progress bar there, plain progress lines otherwise. */
  isTTY: boolean;
  fetch?: typeof fetch;
}

export const printLine = (sink: TextSink, line = ''): void => {
  sink.write(`${line}\n`);
};

export const printJson = (sink: TextSink, value: unknown): void => {
  sink.write(`${JSON.stringify(value, null, 2)}\n`);
};
