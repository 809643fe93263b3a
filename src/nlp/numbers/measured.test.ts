import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { extract } from '../pipeline.ts';

const kb = loadKnowledge();
const measures = (text: string) => extract(text, kb).quantities.map((q) => ({ value: q.value, unit: q.unit, subject: q.subject, holder: q.holder }));

describe('measurements bound to what they measure', () => {
  it('takes the measured noun before "of", not the unit word', () => {
    expect(measures('The drone can operate within a control radius of up to 150 kilometres.')[0]).toMatchObject({ value: 150, subject: 'control radius' });
    expect(measures('The aircraft can carry a payload of up to 750 kilograms.')[0]).toMatchObject({ value: 750, subject: 'payload' });
  });

  it('gives a measure of a named machine to that machine', () => {
    expect(measures('The Bayraktar TB2 can stay in the air for up to 24 hours.')[0]).toMatchObject({ value: 24, unit: 'hours', holder: 'Bayraktar TB2' });
  });
});

describe('sums listed after scaled ones', () => {
  it('gives a bare sum the scale of the sums listed before it', () => {
    const values = extract('The country will spend $3.9 billion in 2022, $3.3 billion in 2023 and $3.1 in 2024.', kb).quantities.map((q) => q.value);
    expect(values).toEqual([3_900_000_000, 3_300_000_000, 3_100_000_000]);
  });

  it('leaves a sum alone when nothing scaled comes before it in its sentence', () => {
    expect(extract('Each ticket costs $3.1 at the gate.', kb).quantities.map((q) => q.value)).toEqual([3.1]);
  });
});

describe('measures written against their figure or before their noun', () => {
  it('reads a glued unit and binds the measure to the noun after a conversion', () => {
    const q = measures('The battalion made a 300km (186-mile) forced march.');
    expect(q.map((x) => [x.value, x.unit, x.subject])).toEqual([[300, 'km', 'forced march'], [186, 'miles', 'forced march']]);
  });

  it('keeps model names with glued letters out of the figures', () => {
    expect(measures('The MiG-29s and 2S19s were sold.')).toEqual([]);
  });
});

describe('labels and alliances', () => {
  it('reads "base number 61933" as a label, not a strength', () => {
    expect(measures('The drills took place at the Almaty military base number 61933.')).toEqual([]);
  });

  it('counts an alliance\'s member states, not people, and gives the age as the age of the alliance', () => {
    const q = measures('The 28-member, 65-year-old North Atlantic Treaty Organization is strong.');
    expect(q[0]).toEqual({ value: 28, unit: 'member states', subject: 'member states', holder: 'North Atlantic Treaty Organization' });
    expect(q[1]).toMatchObject({ value: 65, unit: 'years', subject: 'age of North Atlantic Treaty Organization' });
    expect(extract('The Shanghai Cooperation Organization has six full members.', kb).quantities.map((x) => x.kind)).toEqual(['count']);
  });
});
