import { Command } from '@nestjs/cqrs';
import type { SegmentRule } from '../../../domain/analysis/segments.js';

/**
 * Replaces the segment rule and applies it at once to the current predictions (no refit);
 * every customer who changes segment gets a transition.
 */
export class SetSegmentRuleCommand extends Command<void> {
  constructor(readonly rule: SegmentRule) {
    super();
  }
}
