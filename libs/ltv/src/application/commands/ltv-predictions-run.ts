/**
 * The one lock of everything that rewrites ltv_predictions and their segment transitions: a
 * refit and a change of segment thresholds read the table, then write it whole, so neither may
 * overlap another run of either (each would record the same moves, or insert the same keys).
 */
export const LTV_PREDICTIONS_RUN = 'ltv.predictions';
