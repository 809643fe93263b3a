import entityTypes from '../../schema/entity-types.json' with { type: 'json' };
import eventTypes from '../../schema/event-types.json' with { type: 'json' };

interface TypeDef { id: string; label: string; color: string }

// Colours are data (schema/*.json), the same keys the pipeline uses.
export const ENTITY_TYPES: TypeDef[] = (entityTypes as TypeDef[]).map(({ id, label, color }) => ({ id, label, color }));
export const EVENT_TYPES: TypeDef[] = (eventTypes as TypeDef[]).map(({ id, label, color }) => ({ id, label, color }));

// Quantities are not typed by colour in the schema; one fixed key marks every figure.
export const QUANTITY_COLOR = '#0f766e';
export const EVENT_COLOR = '#be123c';

export function typeColor(type: string): string {
  return ENTITY_TYPES.find((d) => d.id === type)?.color ?? EVENT_TYPES.find((d) => d.id === type)?.color ?? '#475569';
}

export function typeLabel(type: string): string {
  return ENTITY_TYPES.find((d) => d.id === type)?.label ?? EVENT_TYPES.find((d) => d.id === type)?.label ?? type.replace(/_/g, ' ');
}

export function eventColor(type: string): string {
  return EVENT_TYPES.find((d) => d.id === type)?.color ?? EVENT_COLOR;
}

/** Plot colour scale for event types: the schema's colours. */
export function eventColorScale(types: string[]) {
  return { domain: types, range: types.map(eventColor), legend: true, tickFormat: typeLabel };
}
