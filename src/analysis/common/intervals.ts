import type { Qualifier } from '../../model/facts.ts';

/** The values a stated figure allows: "about 45,000" is not contradicted by 44,000. */
export function allowedInterval(q: { value: number; low: number | null; high: number | null; qualifier: Qualifier }, aboutSlack = 0.1): [number, number] {
  const v = q.value;
  switch (q.qualifier) {
    case 'exact':
      return [v, v];
    case 'about':
    case 'some':
      return [v * (1 - aboutSlack), v * (1 + aboutSlack)];
    case 'up_to':
    case 'less_than':
      return [0, v];
    case 'at_least':
    case 'more_than':
      return [v, Infinity];
    case 'range':
      return [q.low ?? v, q.high ?? v];
  }
}

/** True when two intervals share a value, allowing a relative tolerance on their ends. */
export function overlaps(a: [number, number], b: [number, number], relTol = 0.005): boolean {
  const slack = (x: number) => Math.abs(x) * relTol;
  return a[0] - slack(a[0]) <= b[1] + slack(b[1]) && b[0] - slack(b[0]) <= a[1] + slack(a[1]);
}
