/*
 * mcbase.h: what every src/core kernel shares: status codes, the allocation and interrupt hooks.
 *
 * src/core is plain C11 without PostgreSQL headers. Inside the server the glue (src/mlcheck.c)
 * points the hooks at palloc/repalloc/pfree and CHECK_FOR_INTERRUPTS; in unit tests and fuzzers
 * they stay on malloc/realloc/free and a no-op.
 */
#ifndef MC_BASE_H
#define MC_BASE_H

#include <stddef.h>
#include <stdint.h>

/* Result of a kernel call; 0 is success. */
typedef enum mc_status
{
	MC_OK = 0,
	MC_ERR_NOMEM,   /* an allocation failed (only outside the server) */
	MC_ERR_CORRUPT, /* serialized input is malformed: bad length, version, ordering... */
	MC_ERR_RANGE,   /* an argument is outside its documented range */
	MC_ERR_INVALID, /* arguments do not fit together (mismatched kinds, sizes...) */
} mc_status;

/* Human-readable text of a status, for error messages. */
const char *mc_status_text(mc_status st);

/* Allocation hooks: never NULL pointers themselves; mc_alloc may return NULL outside the server. */
extern void *(*mc_alloc)(size_t size);
extern void *(*mc_realloc)(void *ptr, size_t size);
extern void (*mc_free)(void *ptr);

/* Called from long loops; inside the server it is CHECK_FOR_INTERRUPTS(). */
extern void (*mc_interrupt_hook)(void);

static inline void
mc_check_interrupts(void)
{
	if (mc_interrupt_hook)
		mc_interrupt_hook();
}

/* Allocate n elements of size sz, or NULL when n * sz overflows or the allocation fails. */
void *mc_alloc_array(size_t n, size_t sz);

#endif /* MC_BASE_H */
