/** The analysis views offered as commands; main.ts registers them without loading the analysis code. */
export const VIEW_LIST = [
  { name: 'forces', country: true, describe: 'force structure: branches, commands, formations and their strengths' },
  { name: 'inventory', country: true, describe: 'equipment by holder and model, totals by role and origin, stated totals vs sums' },
  { name: 'money', country: true, describe: 'budgets, spending, purchases and pay by year, stated and converted' },
  { name: 'partners', country: true, describe: 'cooperation by partner and year, vectors and the multi-vector balance' },
  { name: 'people', country: false, describe: 'who held which post when, with sources' },
  { name: 'programs', country: false, describe: 'named agreements, plans, programs and exercises with parties and dates' },
  { name: 'education', country: true, describe: 'officer and cadet education flows, counts and retention' },
  { name: 'audit', country: false, describe: 'figures that disagree with each other, with both quotes and the arithmetic' },
] as const;

export type ViewName = (typeof VIEW_LIST)[number]['name'];
