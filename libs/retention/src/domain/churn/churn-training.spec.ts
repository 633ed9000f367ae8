import { describe, expect, it } from 'vitest';
import type { CustomerHistory } from '../customer-assessment.js';
import type { DailyActivity } from '../engagement-score.js';
import { churnedWithin, fitChurnModel, trainingExamples } from './churn-training.js';

const visit = (day: number): DailyActivity => ({
  day,
  events: 3,
  sessions: 1,
  clicks: 1,
  conversions: 0,
  durationSeconds: 120,
});
const DAY = 1000;
const H = 30;

function base(histories: Map<string, CustomerHistory>, buyers: string[] = []) {
  return {
    day: DAY,
    horizonDays: H,
    halfLifeDays: 14,
    histories,
    outlooksAtSplit: new Map(
      buyers.map((id) => [id, { probabilityNoPurchase: 0.7, ifBoughtToday: 0.5, asNewBuyer: 0.5 }]),
    ),
    purchaseModel: { method: 'bg-nbd' as const, reason: null, params: null },
  };
}

describe('churn training', () => {
  it('judges a buyer by purchases and a visitor by any activity of their own', () => {
    const history = { activity: [visit(DAY - 10)], purchaseDays: [DAY - 40] };
    expect(churnedWithin(history, DAY - H, H, 'buyers')).toBe(1);
    expect(churnedWithin(history, DAY - H, H, 'visitors')).toBe(0);
    expect(
      churnedWithin({ ...history, purchaseDays: [DAY - 40, DAY - 5] }, DAY - H, H, 'buyers'),
    ).toBe(0);
    // Activity after the horizon does not save anyone.
    expect(
      churnedWithin({ activity: [visit(DAY + 1)], purchaseDays: [] }, DAY - H, H, 'visitors'),
    ).toBe(1);
  });

  it('makes one example per customer known at the split, in their population then', () => {
    const histories = new Map<string, CustomerHistory>([
      ['buyer', { activity: [], purchaseDays: [DAY - 60] }],
      ['visitor', { activity: [visit(DAY - 50), visit(DAY - 3)], purchaseDays: [] }],
      ['too-new', { activity: [visit(DAY - 2)], purchaseDays: [] }],
    ]);
    const examples = trainingExamples(base(histories, ['buyer']));
    expect(examples.buyers).toHaveLength(1);
    expect(examples.buyers[0].churned).toBe(1);
    expect(examples.buyers[0].offset).toBeCloseTo(Math.log(0.7 / 0.3), 9);
    expect(examples.visitors).toHaveLength(1);
    expect(examples.visitors[0].churned).toBe(0);
    // Features as of the split: 20 days silent then, not 3.
    expect(examples.visitors[0].row[1]).toBeCloseTo(20 / 7, 9);
  });

  it('keeps the priors and says why when the base is too small', () => {
    const histories = new Map<string, CustomerHistory>([
      ['a', { activity: [visit(DAY - 50)], purchaseDays: [] }],
    ]);
    const model = fitChurnModel(base(histories));
    expect(model.visitors.basis).toBe('priors');
    expect(model.visitors.reason).toMatch(/1 visitors one horizon back/);
  });

  it('fits the visitors on their own history once there is enough of it', () => {
    // 300 visitors seen at the split; those silent longer then churned more often.
    const histories = new Map<string, CustomerHistory>();
    for (let i = 0; i < 300; i += 1) {
      const silentDays = i % 60;
      const activity = [visit(DAY - H - silentDays)];
      if (silentDays < 20 || i % 7 === 0) activity.push(visit(DAY - 5));
      histories.set(`c${i}`, { activity, purchaseDays: [] });
    }
    const model = fitChurnModel(base(histories));
    expect(model.visitors.basis).toBe('fitted');
    expect(model.visitors.trainedOn?.customers).toBe(300);
    expect(model.visitors.coefficients[1]).toBeGreaterThan(0); // silence raises churn
    expect(model.buyers.basis).toBe('priors');
  });
});
