import { InvalidInput } from '../model/errors.ts';

/**
 * Bounds on what one document may cost to read. Each has a CLI flag (on `atlas ingest` and
 * `atlas extract`) that raises it; the error that reports a breach names the limit, the value
 * found and that flag.
 */
export interface ReadLimits {
  /** Bytes of one file on disk. */
  maxFileSize: number;
  /** Bytes of a .docx archive's parts once decompressed (a zip bomb expands far past its file size). */
  maxExpandedSize: number;
  /** Characters of one document's text after normalization. */
  maxTextLength: number;
  /** Nesting depth of elements (HTML). */
  maxDepth: number;
}

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileSize: 64 * 1024 * 1024,
  maxExpandedSize: 64 * 1024 * 1024,
  maxTextLength: 16 * 1024 * 1024,
  maxDepth: 1000,
});

/** The CLI flag that raises each limit, and how its values read. */
export const LIMIT_FLAGS: Readonly<Record<keyof ReadLimits, { flag: string; what: string; unit: 'bytes' | 'characters' | 'levels' }>> = {
  maxFileSize: { flag: '--max-file-size', what: 'file size', unit: 'bytes' },
  maxExpandedSize: { flag: '--max-expanded-size', what: 'expanded archive size', unit: 'bytes' },
  maxTextLength: { flag: '--max-text-length', what: 'text length', unit: 'characters' },
  maxDepth: { flag: '--max-depth', what: 'nesting depth', unit: 'levels' },
};

/** "67,108,864 bytes (64 MiB)": exact, and readable for the big ones. */
export function describeAmount(n: number, unit: string): string {
  const exact = `${n.toLocaleString('en-US')} ${unit}`;
  if (unit !== 'bytes' || n < 1024) return exact;
  const [v, u] = n >= 1 << 30 ? [n / (1 << 30), 'GiB'] : n >= 1 << 20 ? [n / (1 << 20), 'MiB'] : [n / 1024, 'KiB'];
  return `${exact} (${+v.toFixed(1)} ${u})`;
}

/** The error for a breached limit: which limit, the value found ("more than" when reading stopped early), and the flag. */
export function limitExceeded(path: string, key: keyof ReadLimits, found: number, limits: ReadLimits, atLeast = false): InvalidInput {
  const { flag, what, unit } = LIMIT_FLAGS[key];
  const value = `${atLeast ? 'more than ' : ''}${describeAmount(found, unit)}`;
  return new InvalidInput(`atlas: cannot read ${path}: ${what} ${value} exceeds the limit of ${describeAmount(limits[key], unit)} (raise it with ${flag})`);
}

/** Parses a limit given on the command line: a positive whole number, optionally with K, M or G (binary: 1K = 1024). */
export function parseLimit(value: string, flag: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg])?(?:i?b)?\s*$/i.exec(value);
  const n = m ? Math.round(Number(m[1]) * 1024 ** (m[2] ? ' kmg'.indexOf(m[2].toLowerCase()) : 0)) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new InvalidInput(`atlas: ${flag} must be a positive number (optionally with K, M or G), found "${value}"`);
  }
  return n;
}

/** Limits from CLI options (`{ maxFileSize: '100M', ... }`), the defaults for the ones not given. */
export function limitsFromOptions(opts: Partial<Record<keyof ReadLimits, string | undefined>>): ReadLimits {
  const out: ReadLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_FLAGS) as (keyof ReadLimits)[]) {
    const v = opts[key];
    if (v !== undefined) out[key] = parseLimit(v, LIMIT_FLAGS[key].flag);
  }
  return out;
}
