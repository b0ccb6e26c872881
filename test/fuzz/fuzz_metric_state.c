/*
 * fuzz_metric_state.c: libFuzzer target of the metric_state deserializers (mc_scores_deserialize,
 * mc_classes_deserialize): any input is either rejected or parses into a state whose
 * re-serialization is byte-identical (the format is canonical), and every metric computed from a
 * parsed state runs without crashing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/core/binmetrics.h"
#include "../../src/core/classmetrics.h"
#include "../../src/core/mstate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_scores(const uint8_t *data, size_t size)
{
	mc_scores s, t;
	uint8_t *buf;
	size_t len;

	if (mc_scores_deserialize(data, size, &s) != MC_OK)
		return;
	len = mc_scores_serialized_size(&s);
	buf = malloc(len ? len : 1);
	mc_scores_serialize(&s, buf);
	if (len != size || memcmp(buf, data, size) != 0)
		abort();
	free(buf);
	/* merge with itself (a copy), sort, and compute every metric of the kind */
	if (mc_scores_deserialize(data, size, &t) == MC_OK)
	{
		if (mc_scores_merge(&s, &t) != MC_OK)
			abort();
		mc_scores_free(&t);
	}
	if (mc_scores_sort(&s) != MC_OK)
		abort();
	if (s.kind == MC_MS_BINARY)
	{
		mc_binary_summary sum;

		(void) mc_binary_summarize(s.pos.v, s.pos.n, s.neg.v, s.neg.n, s.param, 10, &sum);
	}
	else if (s.kind == MC_MS_PROBS)
	{
		mc_estimate e;

		mc_estimate_performance(s.pos.v, s.pos.n, s.param, &e);
	}
	else
	{
		double v;

		(void) mc_ndcg(s.kv, s.nkv, (uint64_t) s.param, &v);
		if (s.param >= 1)
			(void) mc_precision_at_k(s.kv, s.nkv, (uint64_t) s.param);
	}
	mc_scores_free(&s);
}

static void
check_classes(const uint8_t *data, size_t size)
{
	mc_classes c, d;
	mc_class_report r;
	uint8_t *buf;
	size_t len;

	if (mc_classes_deserialize(data, size, &c) != MC_OK)
		return;
	len = mc_classes_serialized_size(&c);
	buf = malloc(len ? len : 1);
	mc_classes_serialize(&c, buf);
	if (len != size || memcmp(buf, data, size) != 0)
		abort();
	free(buf);
	if (mc_classes_deserialize(data, size, &d) == MC_OK)
	{
		if (mc_classes_merge(&c, &d) != MC_OK)
			abort();
		mc_classes_free(&d);
	}
	if (c.n > 0 && mc_classes_report(&c, &r) == MC_OK)
		free(r.cls);
	mc_classes_free(&c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (mc_ms_peek_kind(data, size) == MC_MS_CLASSES)
		check_classes(data, size);
	else
		check_scores(data, size);
	return 0;
}
