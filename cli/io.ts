// What a command may touch of the outside world, passed in so tests run the CLI in-process.
import { terminalText } from './terminal-text';

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

/** One line of text; anything in it that could drive a terminal is escaped (terminal-text.ts). */
export const printLine = (sink: TextSink, line = ''): void => {
  sink.write(`${terminalText(line)}\n`);
};

/** JSON escapes C0 controls itself; the rest is escaped the same way, and stays valid JSON. */
export const printJson = (sink: TextSink, value: unknown): void => {
  sink.write(`${terminalText(JSON.stringify(value, null, 2))}\n`);
};
