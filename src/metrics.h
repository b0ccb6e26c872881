/*
 * metrics.h: declarations shared by the model-quality glue files (metrics_state.c,
 * metrics_exact.c, metrics_fixed.c, metrics_class.c).
 */
#ifndef MLCHECK_METRICS_H
#define MLCHECK_METRICS_H

#include "mlcheck.h"

/* PostgreSQL headers are not clean under -Wextra */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include "lib/stringinfo.h"
#include "utils/expandeddatum.h"
#pragma GCC diagnostic pop

#include "core/classmetrics.h"
#include "core/mstate.h"

/*
 * In-memory (expanded) form of mlcheck.metric_state: nodeAgg keeps a read-write pointer to it
 * as the transition value and the transition functions append to it in place. Its memory
 * context is a child of the aggregate context; flattening serializes it (mstate.h).
 */
typedef struct MetricState
{
	ExpandedObjectHeader hdr;
	uint8 kind;   /* MC_MS_* */
	mc_scores s;  /* kinds binary, probs, ranking */
	mc_classes c; /* kind classes */
} MetricState;

/*
 * The state a transition function appends to: the read-write expanded object when nodeAgg
 * passes one, else a new expanded object in the aggregate context (first row: empty; a flat
 * value: its expansion). `fname` names the SQL function in the error raised outside an
 * aggregate. A state of another kind or parameter raises 22023 (`what` names the parameter).
 */
extern MetricState *metric_state_for_update(FunctionCallInfo fcinfo, const char *fname, uint8 kind,
                                            double param, const char *what);

/* Read-only access to a state datum: the expanded object itself or a temporary expansion. */
extern MetricState *metric_state_read(Datum d);

static inline Datum
metric_state_datum(MetricState *ms)
{
	return EOHPGetRWDatum(&ms->hdr);
}

/* Sort the arrays of a scores state (in place: the multiset, hence every result, is unchanged). */
extern void metric_state_sort(MetricState *ms);

/* Errors shared by the metric aggregates. */
extern void metrics_not_in_aggregate(const char *fname) pg_attribute_noreturn();
extern void metrics_too_many_rows(uint64 limit, int bytes_per_row) pg_attribute_noreturn();
extern void metrics_check_score(double score, const char *what);
extern void metrics_check_probability(double p, const char *what);
extern bool metrics_int_label(int64 label);
/* shortest exact text of a float8, for messages */
extern char *metrics_f8(double v);

/* JSON text building: "key": number (null when NaN or infinite), integers, strings. */
extern void json_add_number(StringInfo buf, bool *first, const char *key, double v);
extern void json_add_int(StringInfo buf, bool *first, const char *key, uint64 v);
extern void json_add_key(StringInfo buf, bool *first, const char *key);
extern void json_append_number(StringInfo buf, double v);
extern Datum jsonb_from_stringinfo(StringInfo buf);

#endif /* MLCHECK_METRICS_H */
