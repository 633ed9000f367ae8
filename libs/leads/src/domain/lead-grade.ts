export const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
export type Grade = (typeof GRADES)[number];

/** A from 80, B from 60, C from 40, D from 20, F below: school grades over the 0..100 score. */
const LOWEST_SCORE: ReadonlyArray<[Grade, number]> = [
  ['A', 80],
  ['B', 60],
  ['C', 40],
  ['D', 20],
  ['F', 0],
];

export function gradeOf(score: number): Grade {
  return LOWEST_SCORE.find(([, lowest]) => score >= lowest)![0];
}
