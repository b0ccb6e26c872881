/* mcbase.c: default (libc) allocation and interrupt hooks of the PostgreSQL-free kernels. */
#include "mcbase.h"

#include <stdlib.h>

void *(*mc_alloc)(size_t size) = malloc;
void *(*mc_realloc)(void *ptr, size_t size) = realloc;
void (*mc_free)(void *ptr) = free;
void (*mc_interrupt_hook)(void) = NULL;

const char *
mc_status_text(mc_status st)
{
	switch (st)
	{
		case MC_OK:
			return "ok";
		case MC_ERR_NOMEM:
			return "out of memory";
		case MC_ERR_CORRUPT:
			return "malformed serialized value";
		case MC_ERR_RANGE:
			return "argument out of range";
		case MC_ERR_INVALID:
			return "invalid arguments";
	}
	return "unknown status";
}

void *
mc_alloc_array(size_t n, size_t sz)
{
	if (sz != 0 && n > SIZE_MAX / sz)
		return NULL;
	return mc_alloc(n * sz == 0 ? 1 : n * sz);
}
