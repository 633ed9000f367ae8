import { describe, expect, it } from 'vitest';
import { MemoryWindowCounter } from './window-counter.js';

const MINUTE = 60_000;
const at = (time: string) => new Date(`2026-12-15T${time}Z`);

describe('MemoryWindowCounter', () => {
  it('counts a subject within its window and says when the window ends', () => {
    const counter = new MemoryWindowCounter();
    expect(counter.count('ip:1', MINUTE, at('12:00:10'))).toEqual({ count: 1, resetInMs: 50_000 });
    expect(counter.count('ip:1', MINUTE, at('12:00:59.500'))).toEqual({ count: 2, resetInMs: 500 });
    expect(counter.count('ip:2', MINUTE, at('12:00:59.500')).count).toBe(1);
  });

  it('starts again at the next window, aligned on the clock rather than the first hit', () => {
    const counter = new MemoryWindowCounter();
    counter.count('ip:1', MINUTE, at('12:00:59'));
    expect(counter.count('ip:1', MINUTE, at('12:01:00')).count).toBe(1);
  });

  it('keeps windows of different lengths apart', () => {
    const counter = new MemoryWindowCounter();
    counter.count('ip:1', MINUTE, at('12:00:00'));
    expect(counter.count('ip:1', 10 * MINUTE, at('12:00:00')).count).toBe(1);
  });

  it('stays bounded under a flood of distinct subjects, forgetting the oldest first', async () => {
    const counter = new MemoryWindowCounter(1_000);
    counter.count('first', MINUTE, at('12:00:00'));
    for (let i = 0; i < 50_000; i += 1) counter.count(`ip:${i}`, MINUTE, at('12:00:01'));
    expect(counter.subjects(MINUTE)).toBeLessThanOrEqual(1_000);
    expect(counter.count('first', MINUTE, at('12:00:02')).count).toBe(1);
    expect((await counter.hit('ip:49999', MINUTE, at('12:00:02'))).count).toBe(2);
  });
});
