/**
 * The analysis views as plain data: what the CLI registers as commands (without loading the
 * analysis), what the API documents, what the warm-up requests and what the web UI lists in its
 * navigation. No imports, so the web bundle and `atlas --help` can read it for nothing.
 * The computing half of each view (parameters schema, output schema, compute, render) is its
 * definition in src/analysis/registry/; test/analysis/registry.test.ts keeps the two in step.
 */

/** One parameter of a view: a positional CLI argument or a `--name <value>` option; always a query field in the API. */
export interface ViewParam {
  name: string;
  /** CLI: `argument` is positional (`atlas forces Kazakhstan`), `option` is `--name <value>`. */
  cli: 'argument' | 'option';
  required: boolean;
  help: string;
}

export interface ViewEntry {
  id: string;
  /** Navigation label in the web UI. */
  label: string;
  /** Navigation group in the web UI. */
  group: 'explore' | 'views';
  /** One line for `atlas --help`. */
  describe: string;
  /** One line for the OpenAPI document. */
  summary: string;
  params: readonly ViewParam[];
  /**
   * Computed by the warm-up after the server listens (views that need no parameter), in this order:
   * the audit last, since at 10,000 generated documents it outgrows the worker's heap and ends it.
   */
  warm: number | null;
  /** Parameters for the shared tests (CLI --json equals API JSON) on the Ruritania fixture. */
  example: Readonly<Record<string, string>>;
}

const country: ViewParam = { name: 'country', cli: 'argument', required: false, help: 'country (default: the most-mentioned one)' };

export const VIEW_CATALOG = [
  {
    id: 'timeline', label: 'Timeline', group: 'explore',
    describe: 'dated events in order',
    summary: 'Events in date order with labels, counted per year and per type',
    params: [
      { name: 'from', cli: 'option', required: false, help: 'YYYY, YYYY-MM or YYYY-MM-DD' },
      { name: 'to', cli: 'option', required: false, help: 'YYYY, YYYY-MM or YYYY-MM-DD' },
      { name: 'type', cli: 'option', required: false, help: 'event type (agreement, exercise, reform, ...)' },
      { name: 'entity', cli: 'option', required: false, help: 'only events with this participant' },
      { name: 'limit', cli: 'option', required: false, help: 'events per page (1..5000, default 1000)' },
      { name: 'offset', cli: 'option', required: false, help: 'events to skip (default 0)' },
    ],
    warm: null, example: { entity: 'Borduria' },
  },
  {
    id: 'partners', label: 'Partners', group: 'views',
    describe: 'cooperation by partner and year, vectors and the multi-vector balance',
    summary: 'Cooperation partners, per-year multi-vector balance and its events',
    params: [country], warm: 1, example: { country: 'Ruritania' },
  },
  {
    id: 'forces', label: 'Forces', group: 'views',
    describe: 'force structure: branches, commands, formations and their strengths',
    summary: 'Force structure tree of one country with personnel and post holders',
    params: [country], warm: 3, example: { country: 'Ruritania' },
  },
  {
    id: 'inventory', label: 'Inventory', group: 'views',
    describe: 'equipment by holder and model, totals by role and origin, stated totals vs sums',
    summary: 'Equipment holdings by holder, role, origin and status, with stated totals checked',
    params: [country], warm: 4, example: {},
  },
  {
    id: 'money', label: 'Money', group: 'views',
    describe: 'budgets, spending, purchases and pay by year, stated and converted',
    summary: 'Budgets and spending by year in stated currency and USD',
    params: [country], warm: 2, example: {},
  },
  {
    id: 'people', label: 'People', group: 'views',
    describe: 'who held which post when, with sources',
    summary: 'People with their titles, posts and appointments',
    params: [], warm: 6, example: {},
  },
  {
    id: 'programs', label: 'Programs', group: 'views',
    describe: 'named agreements, plans, programs and exercises with parties and dates',
    summary: 'Programs, agreements and exercises with parties, dates and events',
    params: [], warm: 7, example: {},
  },
  {
    id: 'education', label: 'Education', group: 'views',
    describe: 'officer and cadet education flows, counts and retention',
    summary: 'Military education flows, attrition and retention',
    params: [country], warm: 5, example: {},
  },
  {
    id: 'audit', label: 'Audit', group: 'views',
    describe: 'figures that disagree with each other, with both quotes and the arithmetic',
    summary: 'Figures the documents state that do not agree with each other, with the arithmetic',
    params: [], warm: 8, example: {},
  },
  {
    id: 'ledger', label: 'Ledger', group: 'views',
    describe: 'every figure stated for one subject, side by side with its sources',
    summary: 'Every figure stated about one subject, competing values grouped',
    params: [{ name: 'subject', cli: 'argument', required: true, help: 'a subject, holder or entity name (e.g. "Ground Forces", "defense budget")' }],
    warm: null, example: { subject: 'Kestrel-2' },
  },
] as const satisfies readonly ViewEntry[];

export type ViewId = (typeof VIEW_CATALOG)[number]['id'];

/** The API path of a view. */
export const viewPath = (id: string): string => `/views/${id}`;
