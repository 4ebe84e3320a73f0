/**
 * Mistakes an editor can make are reported as ContentError: the file, the line where known,
 * what is wrong and what to do. Never a stack trace.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly hint: string;

  constructor(file: string, problem: string, hint: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}\n  → ${hint}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.hint = hint;
  }
}

/** One error that lists every content problem, so an editor fixes them in one go. */
export class ContentErrors extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    const count = errors.length;
    super(`${count} content ${count === 1 ? 'problem' : 'problems'}:\n\n${errors.map((error) => error.message).join('\n\n')}`);
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}

/** Id of the collection entry in which the content loader (src/integrations/content-loader.ts) lists content problems, when there are any. */
export const contentErrorsEntryId = '__content-errors__';

export interface StoredContentErrors {
  messages: string[];
}
