import { typeLabel } from '../colors.ts';
import { cooperationLabel } from '../text/cooperation.ts';
import { displayTitle } from '../text/event-title.ts';

/** An event's headline as shown: never cut mid-word or mid-phrase (see text/event-title.ts). */
export function EventTitle({ title, quote }: { title: string; quote: string | null | undefined }) {
  return <span className="event-title">{displayTitle(title, quote)}</span>;
}

/** "Membership · military cooperation", not "membership · cooperate_military". */
export function EventTypeLabel({ type, cooperation }: { type: string; cooperation?: string | null }) {
  const coop = cooperationLabel(cooperation);
  return <>{typeLabel(type)}{coop ? <span className="muted"> · {coop}</span> : null}</>;
}
