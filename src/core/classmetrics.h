/*
 * classmetrics.h: the multiclass confusion matrix behind classification_metrics, and the
 * report computed from it as scikit-learn 1.2's classification_report (zero_division = 0).
 *
 * Classes are text labels compared by their bytes. The matrix is kept in the order classes
 * first appear (row = actual, column = predicted); the report orders classes by their bytes
 * (memcmp, shorter prefix first), which for UTF-8 is code-point order, as Python's sorted().
 *
 * Serialized form (kind 4 of mstate.h's envelope): u8 version = 1, u8 kind = 4,
 * varint skipped, varint k, k x (varint length, bytes), k*k varint counts (row-major).
 */
#ifndef MC_CLASSMETRICS_H
#define MC_CLASSMETRICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mcbase.h"

#define MC_MAX_CLASSES     1000
#define MC_MAX_LABEL_BYTES 1024
#define MC_CLASS_SLOTS     2048 /* open-addressing table, a power of two >= 2 * MC_MAX_CLASSES */

typedef struct mc_classes
{
	uint32_t k;       /* classes seen */
	uint32_t cap;     /* matrix stride (capacity in classes) */
	uint32_t *off;    /* label i is arena[off[i] .. off[i] + len[i]) */
	uint32_t *len;    /* (arrays of cap entries) */
	char *arena;      /* label bytes */
	size_t arena_len; /* bytes used */
	size_t arena_cap;
	uint64_t *m;     /* cap x cap counts: m[actual * cap + predicted] */
	uint16_t *slots; /* MC_CLASS_SLOTS entries: class index + 1, or 0 when empty */
	uint64_t n;      /* rows counted */
	uint64_t skipped;
} mc_classes;

mc_status mc_classes_init(mc_classes *c);
void mc_classes_free(mc_classes *c);

/*
 * Count one row. MC_ERR_RANGE when a label is longer than MC_MAX_LABEL_BYTES or would be class
 * number MC_MAX_CLASSES + 1.
 */
mc_status mc_classes_add(mc_classes *c, const char *actual, size_t alen, const char *predicted,
                         size_t plen);

/* a += b. MC_ERR_RANGE when the union has too many classes. */
mc_status mc_classes_merge(mc_classes *a, const mc_classes *b);

size_t mc_classes_serialized_size(const mc_classes *c);
void mc_classes_serialize(const mc_classes *c, uint8_t *buf);
/* Validating parser (labels distinct, without NUL bytes, counts summing below 2^62). */
mc_status mc_classes_deserialize(const uint8_t *buf, size_t len, mc_classes *out);

typedef struct mc_class_stats
{
	uint32_t idx; /* class index in c (insertion order) */
	uint64_t tp, support, predicted;
	double precision, recall, f1; /* 0 where undefined, as zero_division=0 */
} mc_class_stats;

typedef struct mc_class_report
{
	uint32_t k;
	mc_class_stats *cls; /* k entries, in label order */
	uint64_t n;
	double accuracy;
	double macro[3], weighted[3], micro[3]; /* precision, recall, f1 */
} mc_class_report;

/* Report over the counted rows (n > 0). r->cls is allocated with mc_alloc. */
mc_status mc_classes_report(const mc_classes *c, mc_class_report *r);

#endif /* MC_CLASSMETRICS_H */
