/*
 * mlcheck.c: the module itself: magic block, load-time set-up of the kernels' hooks,
 * mlcheck.version(), and helpers every area shares.
 */
#include "mlcheck.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "core/codec.h"

PG_MODULE_MAGIC;

void _PG_init(void);

/* palloc-backed hooks for src/core: errors (not NULL) on failure, like the rest of the server */
static void *
pg_alloc_hook(size_t size)
{
	return palloc_extended(size, MCXT_ALLOC_HUGE);
}

static void *
pg_realloc_hook(void *ptr, size_t size)
{
	if (ptr == NULL)
		return palloc_extended(size, MCXT_ALLOC_HUGE);
	return repalloc_huge(ptr, size);
}

static void
pg_free_hook(void *ptr)
{
	if (ptr != NULL)
		pfree(ptr);
}

static void
pg_interrupt_hook(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
_PG_init(void)
{
	mc_alloc = pg_alloc_hook;
	mc_realloc = pg_realloc_hook;
	mc_free = pg_free_hook;
	mc_interrupt_hook = pg_interrupt_hook;
	mlcheck_multivariate_init();
	mlcheck_checks_init();
}

void
mlcheck_raise_status(mc_status st, const char *what, bool from_text)
{
	switch (st)
	{
		case MC_ERR_CORRUPT:
			ereport(ERROR,
					(errcode(from_text ? ERRCODE_INVALID_TEXT_REPRESENTATION
									   : ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("malformed %s value", what)));
			break;
		case MC_ERR_NOMEM:
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory in %s", what)));
			break;
		case MC_ERR_RANGE:
			ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
							errmsg("argument of %s out of range", what)));
			break;
		case MC_ERR_INVALID:
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							errmsg("invalid arguments to %s", what)));
			break;
		case MC_OK:
			break;
	}
	elog(ERROR, "unexpected status %d in %s", (int) st, what);
}

uint8_t *
mlcheck_base64_decode_text(const char *str, size_t len, size_t *outlen, const char *typname)
{
	uint8_t *buf = palloc(len / 4 * 3 + 1);
	long n = mc_base64_decode(str, len, buf);

	if (n < 0)
		ereport(ERROR, (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						errmsg("invalid input syntax for type %s", typname),
						errdetail("The body is not canonical base64.")));
	*outlen = (size_t) n;
	return buf;
}

char *
mlcheck_base64_encode_cstring(const char *prefix, const uint8_t *buf, size_t len)
{
	size_t plen = prefix ? strlen(prefix) : 0;
	size_t blen = mc_base64_encoded_len(len);
	char *out = palloc(plen + blen + 1);

	if (plen)
		memcpy(out, prefix, plen);
	mc_base64_encode(buf, len, out + plen);
	out[plen + blen] = '\0';
	return out;
}

#define AGG_STATES_CXT_NAME "mlcheck aggregate states"

MemoryContext
mlcheck_agg_states_context(MemoryContext aggcxt)
{
	for (MemoryContext c = aggcxt->firstchild; c != NULL; c = c->nextchild)
		if (strcmp(c->name, AGG_STATES_CXT_NAME) == 0)
			return c;
	return AllocSetContextCreate(aggcxt, AGG_STATES_CXT_NAME, ALLOCSET_DEFAULT_SIZES);
}

PG_FUNCTION_INFO_V1(mlcheck_version);
/* mlcheck.version(): the version the shared library was built as */
Datum
mlcheck_version(PG_FUNCTION_ARGS)
{
	(void) fcinfo;
	PG_RETURN_TEXT_P(cstring_to_text(MLCHECK_VERSION));
}
