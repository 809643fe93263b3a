/** Errors thrown at the atlas's boundaries (files, CLI arguments, HTTP), never inside extraction. */
export class AtlasError extends Error {
  readonly exitCode: number;
  readonly status: number;
  constructor(message: string, opts: { exitCode?: number; status?: number; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = new.target.name;
    this.exitCode = opts.exitCode ?? 1;
    this.status = opts.status ?? 500;
  }
}

/** Bad input from a user: a missing file, an unsupported format, a malformed argument. */
export class InvalidInput extends AtlasError {
  constructor(message: string, cause?: unknown) {
    super(message, { exitCode: 2, status: 400, cause });
  }
}

export class NotFound extends AtlasError {
  constructor(message: string) {
    super(message, { exitCode: 3, status: 404 });
  }
}

/** A knowledge or schema file that does not have the shape the atlas expects. */
export class InvalidSchema extends AtlasError {
  constructor(message: string, cause?: unknown) {
    super(message, { exitCode: 4, status: 500, cause });
  }
}

export class StoreError extends AtlasError {
  constructor(message: string, cause?: unknown) {
    super(message, { exitCode: 5, status: 500, cause });
  }
}
