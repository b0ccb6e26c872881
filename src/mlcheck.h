/*
 * mlcheck.h: declarations shared by the PostgreSQL glue files of src/ (one file per area).
 */
#ifndef MLCHECK_H
#define MLCHECK_H

#include "postgres.h"

#include "fmgr.h"

/* PostgreSQL's headers are not clean under -Wextra */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include "utils/expandeddatum.h"
#pragma GCC diagnostic pop

#include "core/mcbase.h"

/*
 * The expanded object of argument argno when it is a read/write expanded datum with these
 * methods (an aggregate's own state, handed back by nodeAgg), else NULL. DatumGetEOHP's pointer
 * read is inlined: transition functions call this on every row.
 */
static inline ExpandedObjectHeader *
mlcheck_rw_state(FunctionCallInfo fcinfo, int argno, const ExpandedObjectMethods *methods)
{
	Pointer p;
	varatt_expanded ref;

	if (PG_ARGISNULL(argno))
		return NULL;
	p = DatumGetPointer(PG_GETARG_DATUM(argno));
	if (!VARATT_IS_EXTERNAL_EXPANDED_RW(p))
		return NULL;
	memcpy(&ref, VARDATA_EXTERNAL(p), sizeof(ref));
	return ref.eohptr->eoh_methods == methods ? ref.eohptr : NULL;
}

/*
 * Raise the error that a failed kernel call deserves. `what` names the value or operation
 * ("profile", "vector_profile input"...). Corrupt serialized data gets 22P02 when it came
 * from text input and 22P03 from binary receive (from_text selects which).
 */
extern void mlcheck_raise_status(mc_status st, const char *what, bool from_text)
    pg_attribute_noreturn();

/*
 * Decode the base64 body of a text input value into a palloc'd buffer; raises 22P02 with
 * `typname` in the message when the text is not canonical base64.
 */
extern uint8_t *mlcheck_base64_decode_text(const char *str, size_t len, size_t *outlen,
                                           const char *typname);

/*
 * The memory context in which aggregate transition states (expanded objects) of mlcheck live
 * under an aggregate context: ONE child context per aggregate context, shared by the states of
 * every group. A context per state would make hashed aggregation quadratic in the number of
 * groups: nodeAgg measures the memory of the aggregate context recursively
 * (hash_agg_check_limits) each time it creates a group. The shared context is never deleted by
 * a state: nodeAgg deletes an expanded state only when a transition function returns a
 * different pointer, which ours never do for a read/write state; the states go when the
 * aggregate context is reset (grouping sets, spill batches, window restarts) or deleted.
 */
extern MemoryContext mlcheck_agg_states_context(MemoryContext aggcxt);

/* base64 text of a byte buffer as a palloc'd C string, optionally after a prefix. */
extern char *mlcheck_base64_encode_cstring(const char *prefix, const uint8_t *buf, size_t len);

/* Load-time set-up of the multivariate area (OpenBLAS threads, its GUC); src/multivariate.c. */
extern void mlcheck_multivariate_init(void);

/* checks.c: defines the GUCs of the checks runner (called from _PG_init) */
extern void mlcheck_checks_init(void);

#endif /* MLCHECK_H */
