/*
 * drift.h: declarations shared by the drift glue files (drift.c: raw-value aggregates and the
 * result row; driftprofile.c: drift between profiles, dataset drift).
 */
#ifndef MLCHECK_DRIFT_H
#define MLCHECK_DRIFT_H

#include "mlcheck.h"

#include "core/driftmethod.h"

/* The mlcheck.drift_result row (method, statistic, p_value, threshold, drifted, exact). */
extern Datum mlcheck_drift_result_datum(FunctionCallInfo fcinfo, const mc_drift_result *r,
                                        bool exact);
/* Parses a method name; raises 22023 with the list of methods when unknown. */
extern mc_drift_method mlcheck_parse_method(text *t);
/* Validates a threshold (NaN when isnull: the method's default); raises 22023. */
extern double mlcheck_check_threshold(mc_drift_method m, bool isnull, double threshold);
/* Raises 22023 when 'auto' resolved to a p-value method with a threshold above 1. */
extern void mlcheck_check_resolved_threshold(const mc_drift_result *r);
/* Raises 22023 when method m does not apply to columns of this kind. */
extern void mlcheck_check_method_kind(mc_drift_method m, mc_drift_kind kind);

#endif /* MLCHECK_DRIFT_H */
