/* test_classmetrics.c: unit tests of the multiclass confusion state (src/core/classmetrics.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classmetrics.h"
#include "tap.h"

static void
add(mc_classes *c, const char *a, const char *p)
{
	mc_classes_add(c, a, strlen(a), p, strlen(p));
}

static void
test_report(void)
{
	mc_classes c;
	mc_class_report r;

	/* y_true = [cat, dog, cat, bird, dog, cat], y_pred = [cat, cat, cat, dog, dog, bird]
	 * labels sorted: bird, cat, dog.
	 * bird: tp 0, support 1, predicted 1 -> p 0, r 0, f1 0
	 * cat:  tp 2, support 3, predicted 3 -> p 2/3, r 2/3, f1 2/3
	 * dog:  tp 1, support 2, predicted 2 -> p 1/2, r 1/2, f1 1/2
	 * accuracy 3/6; macro p = (0 + 2/3 + 1/2)/3; weighted p = (0*1 + 2/3*3 + 1/2*2)/6 = 0.5 */
	mc_classes_init(&c);
	add(&c, "cat", "cat");
	add(&c, "dog", "cat");
	add(&c, "cat", "cat");
	add(&c, "bird", "dog");
	add(&c, "dog", "dog");
	add(&c, "cat", "bird");
	ok(mc_classes_report(&c, &r) == MC_OK, "report");
	is_int(r.k, 3, "three classes");
	ok(memcmp(c.arena + c.off[r.cls[0].idx], "bird", 4) == 0 &&
	       memcmp(c.arena + c.off[r.cls[2].idx], "dog", 3) == 0,
	   "classes in byte order");
	is_double(r.accuracy, 0.5, 1e-15, "accuracy 3/6");
	is_double(r.cls[1].precision, 2.0 / 3, 1e-15, "cat precision 2/3");
	is_int((long long) r.cls[1].support, 3, "cat support 3");
	is_double(r.cls[0].f1, 0.0, 0, "bird f1 0");
	is_double(r.macro[0], (0 + 2.0 / 3 + 0.5) / 3, 1e-15, "macro precision");
	is_double(r.weighted[0], 0.5, 1e-15, "weighted precision");
	is_double(r.micro[2], 0.5, 1e-15, "micro f1 equals accuracy");
	free(r.cls);

	/* round trip */
	{
		size_t len = mc_classes_serialized_size(&c);
		uint8_t *buf = malloc(len);
		mc_classes d;
		int all = 1;

		mc_classes_serialize(&c, buf);
		ok(mc_classes_deserialize(buf, len, &d) == MC_OK, "deserialize");
		ok(d.k == 3 && d.n == 6 && d.m[0 * d.cap + 0] == 2 && d.m[1 * d.cap + 0] == 1,
		   "classes and counts round-trip in insertion order");
		ok(mc_classes_merge(&d, &c) == MC_OK && d.n == 12 && d.m[0] == 4,
		   "merge doubles the counts");
		mc_classes_free(&d);
		for (size_t cut = 0; cut < len; cut++)
			if (mc_classes_deserialize(buf, cut, &d) == MC_OK)
			{
				all = 0;
				mc_classes_free(&d);
			}
		ok(all, "every truncation is rejected");
		/* duplicate label: rename "dog" (second label, bytes after "cat") to "cat" */
		{
			uint8_t *dup = malloc(len);
			uint8_t *p;

			memcpy(dup, buf, len);
			p = memmem(dup, len, "dog", 3);
			memcpy(p, "cat", 3);
			ok(mc_classes_deserialize(dup, len, &d) == MC_ERR_CORRUPT,
			   "a duplicate label is rejected");
			p = memmem(dup, len, "bird", 4);
			p[1] = 0;
			ok(mc_classes_deserialize(dup, len, &d) == MC_ERR_CORRUPT,
			   "a NUL byte in a label is rejected");
			free(dup);
		}
		free(buf);
	}
	mc_classes_free(&c);
}

static void
test_limits(void)
{
	mc_classes c;
	char label[16];
	char big[MC_MAX_LABEL_BYTES + 1];
	mc_status st = MC_OK;

	mc_classes_init(&c);
	for (int i = 0; i < MC_MAX_CLASSES && st == MC_OK; i++)
	{
		snprintf(label, sizeof(label), "c%d", i);
		st = mc_classes_add(&c, label, strlen(label), label, strlen(label));
	}
	ok(st == MC_OK && c.k == MC_MAX_CLASSES, "1000 classes fit");
	ok(mc_classes_add(&c, "one more", 8, "c1", 2) == MC_ERR_RANGE, "class 1001 is refused");
	{
		mc_class_report r;
		int good = 1;

		mc_classes_report(&c, &r);
		for (uint32_t q = 0; q < r.k; q++)
			if (r.cls[q].tp != 1 || r.cls[q].precision != 1.0)
				good = 0;
		ok(good && r.accuracy == 1.0, "a diagonal matrix of 1000 classes reports perfect scores");
		free(r.cls);
	}
	mc_classes_free(&c);
	mc_classes_init(&c);
	memset(big, 'x', sizeof(big));
	ok(mc_classes_add(&c, big, sizeof(big), "a", 1) == MC_ERR_RANGE,
	   "a label over 1024 bytes is refused");
	ok(mc_classes_add(&c, big, MC_MAX_LABEL_BYTES, "", 0) == MC_OK,
	   "a label of 1024 bytes and an empty label are fine");
	mc_classes_free(&c);
}

int
main(void)
{
	test_report();
	test_limits();
	return done_testing();
}
