/**
 * One recalculation as it is stored: the fitted BG/NBD and Gamma-Gamma parameters (null when the
 * base was too small to attempt a fit), what the fit saw, and the base's summary at that moment.
 */
export interface ModelFitRecord {
  id: string;
  fittedAt: Date;
  asOf: Date;
  currency: string;
  customers: number;
  revenueMinor: number;
  firstPurchaseDate: string;
  dataSpanDays: number;
  r: number | null;
  alpha: number | null;
  a: number | null;
  b: number | null;
  bgLogLikelihood: number | null;
  bgConverged: boolean;
  bgIterations: number | null;
  p: number | null;
  q: number | null;
  gamma: number | null;
  ggLogLikelihood: number | null;
  ggConverged: boolean;
  ggCustomers: number;
  basis: 'bg-nbd-gamma-gamma' | 'observed-rate';
  basisReason: string | null;
  segmentsWithheld: string | null;
  horizonMonths: number;
  monthlyDiscountRate: number;
  averagePredictedClv: number;
  medianPredictedClv: number;
  fitMs: number;
  totalMs: number;
}
