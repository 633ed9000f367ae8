import { describe, expect, it } from 'vitest';
import { assignGroup, cooledDown, matchesTrigger } from './enrolment-policy.js';

const at = (iso: string) => new Date(iso);

describe('enrolment policy', () => {
  it('enrols again only once the cooldown has passed', () => {
    const now = at('2026-11-26T00:00:00Z');
    expect(cooledDown(null, 30, now)).toBe(true);
    expect(cooledDown(at('2026-11-01T00:00:00Z'), 30, now)).toBe(false);
    expect(cooledDown(at('2026-10-27T00:00:00Z'), 30, now)).toBe(true);
  });

  it('assigns the same customer to the same group every time', () => {
    const groups = Array.from({ length: 5 }, () => assignGroup('campaign-1', 'cust-1', 0.5));
    expect(new Set(groups).size).toBe(1);
  });

  it('holds out about the control share of customers', () => {
    const customers = Array.from({ length: 10_000 }, (_, i) => `cust-${i}`);
    const control = customers.filter((c) => assignGroup('campaign-1', c, 0.1) === 'control').length;
    expect(control / customers.length).toBeGreaterThan(0.09);
    expect(control / customers.length).toBeLessThan(0.11);
    expect(customers.every((c) => assignGroup('campaign-1', c, 0) === 'treatment')).toBe(true);
  });

  it('matches a trigger only when every part it sets matches', () => {
    const trigger = {
      riskLevels: ['high' as const, 'critical' as const],
      segments: [],
      minPredictedClv: 100,
    };
    const candidate = {
      customerId: 'c',
      riskLevel: 'high' as const,
      segment: 'At-Risk' as const,
      predictedClv: 150,
    };
    expect(matchesTrigger(trigger, candidate)).toBe(true);
    expect(matchesTrigger(trigger, { ...candidate, riskLevel: 'low' })).toBe(false);
    expect(matchesTrigger(trigger, { ...candidate, predictedClv: 50 })).toBe(false);
    expect(matchesTrigger(trigger, { ...candidate, predictedClv: null })).toBe(false);
    expect(
      matchesTrigger({ ...trigger, minPredictedClv: null }, { ...candidate, predictedClv: null }),
    ).toBe(true);
  });
});
