/** The number of findings in whatever shape the audit view returns (an array, or {findings: [...]}). */
export function auditFindingCount(data: unknown): number | null {
  if (Array.isArray(data)) return data.length;
  if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    for (const k of ['findings', 'items', 'conflicts']) if (Array.isArray(o[k])) return (o[k] as unknown[]).length;
    if (typeof o.total === 'number') return o.total;
  }
  return null;
}
