import type { SegmentRule } from '../analysis/segments.js';

/** The segment rule in force, and the currency of the values it was last applied to. */
export interface StoredSegmentRule {
  rule: SegmentRule;
  /** Null while no rule was ever stored (the default rule is in force). */
  currency: string | null;
}

/**
 * Where the segment rule is kept, read on its own. Writes go with the predictions they cut
 * (PredictionSession.saveSegmentRule), so readers never see thresholds of another fit.
 * An abstract class, so it doubles as the DI token.
 */
export abstract class SegmentRuleStore {
  /** The stored rule; the default rule when none is stored (a fresh or reset base). */
  abstract read(): Promise<StoredSegmentRule>;
}
