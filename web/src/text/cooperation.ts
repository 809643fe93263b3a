import codes from '../../../knowledge/cooperation-codes.json' with { type: 'json' };

// Human labels for the cooperation codes of knowledge/cooperation-codes.json (raw codes such as
// `cooperate_military` are data keys, not words to show).
const LABELS: Record<string, string> = {
  agree: 'agreement',
  cooperate_military: 'military cooperation',
  aid: 'aid',
  train_educate: 'training and education',
  procure: 'procurement',
  exercise: 'exercise',
  consult: 'consultation',
};

const ALIASES = (codes as { aliases: Record<string, string> }).aliases;

/** "cooperate_military" -> "military cooperation"; an event's own value goes through the same aliases as the partners view. */
export function cooperationLabel(code: string | null | undefined): string {
  if (!code) return '';
  const key = code.trim().toLowerCase();
  const normal = ALIASES[key] ?? key;
  return LABELS[normal] ?? normal.replace(/_/g, ' ');
}
