import { describe, expect, it } from 'vitest';
import { IngestJobData, jobIdFor } from '../../src/services/queue/job-payload.ts';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

describe('job ids of document versions', () => {
  it('are one UUID per path and content hash', () => {
    const id = jobIdFor('/data/reports/brief.txt', HASH_A);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobIdFor('/data/reports/brief.txt', HASH_A)).toBe(id);
    expect(jobIdFor('/data/reports/brief.txt', HASH_B)).not.toBe(id);
    expect(jobIdFor('/data/other/brief.txt', HASH_A)).not.toBe(id);
  });

  it('do not collide when the parts are shifted between path and hash', () => {
    expect(jobIdFor('/a', HASH_A)).not.toBe(jobIdFor('/a\0', HASH_A));
  });

  it('the payload schema refuses a job without a proper hash', () => {
    expect(IngestJobData.safeParse({ path: '/x.txt', sha256: 'nope', size: 0, content: '' }).success).toBe(false);
    expect(IngestJobData.safeParse({ path: '/x.txt', sha256: HASH_A, size: 0, content: '' }).success).toBe(true);
  });
});
