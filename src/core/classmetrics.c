/* classmetrics.c: multiclass confusion matrix, its codec and its report (classmetrics.h). */
#include "classmetrics.h"

#include <string.h>

#include "codec.h"
#include "mstate.h"

#define INITIAL_CLASSES 8

static uint32_t
label_hash(const char *s, size_t len)
{
	uint32_t h = 2166136261u; /* FNV-1a */

	for (size_t i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

mc_status
mc_classes_init(mc_classes *c)
{
	memset(c, 0, sizeof(*c));
	c->cap = INITIAL_CLASSES;
	c->off = mc_alloc_array(c->cap, sizeof(uint32_t));
	c->len = mc_alloc_array(c->cap, sizeof(uint32_t));
	c->arena_cap = 256;
	c->arena = mc_alloc(c->arena_cap);
	c->m = mc_alloc_array((size_t) c->cap * c->cap, sizeof(uint64_t));
	c->slots = mc_alloc_array(MC_CLASS_SLOTS, sizeof(uint16_t));
	if (!c->off || !c->len || !c->arena || !c->m || !c->slots)
	{
		mc_classes_free(c);
		return MC_ERR_NOMEM;
	}
	memset(c->m, 0, (size_t) c->cap * c->cap * sizeof(uint64_t));
	memset(c->slots, 0, MC_CLASS_SLOTS * sizeof(uint16_t));
	return MC_OK;
}

void
mc_classes_free(mc_classes *c)
{
	if (c->off)
		mc_free(c->off);
	if (c->len)
		mc_free(c->len);
	if (c->arena)
		mc_free(c->arena);
	if (c->m)
		mc_free(c->m);
	if (c->slots)
		mc_free(c->slots);
	memset(c, 0, sizeof(*c));
}

/* Grow the per-class arrays and the matrix (copying rows to the new stride). */
static mc_status
grow_classes(mc_classes *c)
{
	uint32_t ncap = c->cap * 2 > MC_MAX_CLASSES ? MC_MAX_CLASSES : c->cap * 2;
	uint64_t *nm;
	uint32_t *p;

	nm = mc_alloc_array((size_t) ncap * ncap, sizeof(uint64_t));
	if (nm == NULL)
		return MC_ERR_NOMEM;
	memset(nm, 0, (size_t) ncap * ncap * sizeof(uint64_t));
	for (uint32_t i = 0; i < c->k; i++)
		memcpy(nm + (size_t) i * ncap, c->m + (size_t) i * c->cap, c->k * sizeof(uint64_t));
	p = mc_realloc(c->off, ncap * sizeof(uint32_t));
	if (p == NULL)
	{
		mc_free(nm);
		return MC_ERR_NOMEM;
	}
	c->off = p;
	p = mc_realloc(c->len, ncap * sizeof(uint32_t));
	if (p == NULL)
	{
		mc_free(nm);
		return MC_ERR_NOMEM;
	}
	c->len = p;
	mc_free(c->m);
	c->m = nm;
	c->cap = ncap;
	return MC_OK;
}

/* Index of a label, adding it when new; -1 with *st set on error. */
static int
lookup_or_add(mc_classes *c, const char *s, size_t len, mc_status *st)
{
	uint32_t h;

	if (len > MC_MAX_LABEL_BYTES)
	{
		*st = MC_ERR_RANGE;
		return -1;
	}
	h = label_hash(s, len) & (MC_CLASS_SLOTS - 1);
	for (;;)
	{
		uint16_t slot = c->slots[h];
		uint32_t i;

		if (slot == 0)
			break;
		i = slot - 1u;
		if (c->len[i] == len)
		{
			/* labels are short: an inline loop beats a call to memcmp */
			const char *t = c->arena + c->off[i];
			size_t k = 0;

			while (k < len && t[k] == s[k])
				k++;
			if (k == len)
				return (int) i;
		}
		h = (h + 1) & (MC_CLASS_SLOTS - 1);
	}
	/* a new class */
	if (c->k >= MC_MAX_CLASSES)
	{
		*st = MC_ERR_RANGE;
		return -1;
	}
	if (c->k == c->cap && (*st = grow_classes(c)) != MC_OK)
		return -1;
	if (c->arena_len + len > c->arena_cap)
	{
		size_t ncap = c->arena_cap * 2;
		char *na;

		while (ncap < c->arena_len + len)
			ncap *= 2;
		na = mc_realloc(c->arena, ncap);
		if (na == NULL)
		{
			*st = MC_ERR_NOMEM;
			return -1;
		}
		c->arena = na;
		c->arena_cap = ncap;
	}
	if (len > 0)
		memcpy(c->arena + c->arena_len, s, len);
	c->off[c->k] = (uint32_t) c->arena_len;
	c->len[c->k] = (uint32_t) len;
	c->arena_len += len;
	c->slots[h] = (uint16_t) (c->k + 1);
	return (int) c->k++;
}

mc_status
mc_classes_add(mc_classes *c, const char *actual, size_t alen, const char *predicted, size_t plen)
{
	mc_status st = MC_OK;
	int a = lookup_or_add(c, actual, alen, &st);
	int p;

	if (a < 0)
		return st;
	p = lookup_or_add(c, predicted, plen, &st);
	if (p < 0)
		return st;
	c->m[(size_t) a * c->cap + (size_t) p]++;
	c->n++;
	return MC_OK;
}

mc_status
mc_classes_merge(mc_classes *a, const mc_classes *b)
{
	mc_status st = MC_OK;
	int map[MC_MAX_CLASSES];

	for (uint32_t i = 0; i < b->k; i++)
	{
		map[i] = lookup_or_add(a, b->arena + b->off[i], b->len[i], &st);
		if (map[i] < 0)
			return st;
	}
	for (uint32_t i = 0; i < b->k; i++)
		for (uint32_t j = 0; j < b->k; j++)
			a->m[(size_t) map[i] * a->cap + (size_t) map[j]] += b->m[(size_t) i * b->cap + j];
	a->n += b->n;
	a->skipped += b->skipped;
	return MC_OK;
}

static size_t
varint_len(uint64_t v)
{
	size_t n = 1;

	while (v >= 0x80)
	{
		v >>= 7;
		n++;
	}
	return n;
}

static uint8_t *
put_varint(uint8_t *p, uint64_t v)
{
	while (v >= 0x80)
	{
		*p++ = (uint8_t) (v | 0x80);
		v >>= 7;
	}
	*p++ = (uint8_t) v;
	return p;
}

size_t
mc_classes_serialized_size(const mc_classes *c)
{
	size_t size = 2 + varint_len(c->skipped) + varint_len(c->k);

	for (uint32_t i = 0; i < c->k; i++)
		size += varint_len(c->len[i]) + c->len[i];
	for (uint32_t i = 0; i < c->k; i++)
		for (uint32_t j = 0; j < c->k; j++)
			size += varint_len(c->m[(size_t) i * c->cap + j]);
	return size;
}

void
mc_classes_serialize(const mc_classes *c, uint8_t *buf)
{
	uint8_t *p = buf;

	*p++ = MC_MS_VERSION;
	*p++ = MC_MS_CLASSES;
	p = put_varint(p, c->skipped);
	p = put_varint(p, c->k);
	for (uint32_t i = 0; i < c->k; i++)
	{
		p = put_varint(p, c->len[i]);
		memcpy(p, c->arena + c->off[i], c->len[i]);
		p += c->len[i];
	}
	for (uint32_t i = 0; i < c->k; i++)
		for (uint32_t j = 0; j < c->k; j++)
			p = put_varint(p, c->m[(size_t) i * c->cap + j]);
}

mc_status
mc_classes_deserialize(const uint8_t *buf, size_t len, mc_classes *out)
{
	mc_reader r;
	uint64_t skipped, k, total = 0;
	mc_status st;

	memset(out, 0, sizeof(*out));
	mc_r_init(&r, buf, len);
	if (mc_r_u8(&r) != MC_MS_VERSION || mc_r_u8(&r) != MC_MS_CLASSES)
		return MC_ERR_CORRUPT;
	skipped = mc_r_varint(&r);
	k = mc_r_varint(&r);
	if (r.failed || k > MC_MAX_CLASSES || skipped > (UINT64_C(1) << 62))
		return MC_ERR_CORRUPT;
	st = mc_classes_init(out);
	if (st != MC_OK)
		return st;
	out->skipped = skipped;
	for (uint64_t i = 0; i < k; i++)
	{
		uint64_t l = mc_r_varint(&r);
		const uint8_t *bytes;
		int idx;

		if (r.failed || l > MC_MAX_LABEL_BYTES)
			goto corrupt;
		bytes = mc_r_bytes(&r, (size_t) l);
		if (bytes == NULL || memchr(bytes, 0, (size_t) l) != NULL)
			goto corrupt;
		idx = lookup_or_add(out, (const char *) bytes, (size_t) l, &st);
		if (idx < 0)
		{
			if (st == MC_ERR_NOMEM)
			{
				mc_classes_free(out);
				return st;
			}
			goto corrupt;
		}
		if ((uint64_t) idx != i) /* a duplicate label */
			goto corrupt;
	}
	for (uint64_t i = 0; i < k; i++)
		for (uint64_t j = 0; j < k; j++)
		{
			uint64_t v = mc_r_varint(&r);

			if (r.failed || v > (UINT64_C(1) << 62) - total)
				goto corrupt;
			total += v;
			out->m[i * out->cap + j] = v;
		}
	if (!mc_r_done(&r))
		goto corrupt;
	out->n = total;
	return MC_OK;
corrupt:
	mc_classes_free(out);
	return MC_ERR_CORRUPT;
}

/* memcmp order of labels i and j, the shorter first on a common prefix */
static int
label_cmp(const mc_classes *c, uint32_t i, uint32_t j)
{
	size_t li = c->len[i], lj = c->len[j];
	int r = memcmp(c->arena + c->off[i], c->arena + c->off[j], li < lj ? li : lj);

	if (r != 0)
		return r;
	return li < lj ? -1 : (li > lj ? 1 : 0);
}

mc_status
mc_classes_report(const mc_classes *c, mc_class_report *r)
{
	double n, tp_sum = 0, pred_sum = 0, true_sum = 0;

	memset(r, 0, sizeof(*r));
	r->k = c->k;
	r->n = c->n;
	r->cls = mc_alloc_array(c->k > 0 ? c->k : 1, sizeof(mc_class_stats));
	if (r->cls == NULL)
		return MC_ERR_NOMEM;
	/* insertion sort of the class indices by label (k <= 1000) */
	for (uint32_t i = 0; i < c->k; i++)
	{
		uint32_t j = i;

		while (j > 0 && label_cmp(c, r->cls[j - 1].idx, i) > 0)
		{
			r->cls[j] = r->cls[j - 1];
			j--;
		}
		r->cls[j].idx = i;
	}
	for (uint32_t q = 0; q < c->k; q++)
	{
		mc_class_stats *s = &r->cls[q];
		uint32_t i = s->idx;
		double p, rec;

		s->tp = c->m[(size_t) i * c->cap + i];
		s->support = s->predicted = 0;
		for (uint32_t j = 0; j < c->k; j++)
		{
			s->support += c->m[(size_t) i * c->cap + j];
			s->predicted += c->m[(size_t) j * c->cap + i];
		}
		p = s->predicted > 0 ? (double) s->tp / (double) s->predicted : 0.0;
		rec = s->support > 0 ? (double) s->tp / (double) s->support : 0.0;
		s->precision = p;
		s->recall = rec;
		s->f1 = p + rec > 0 ? 2 * p * rec / (p + rec) : 0.0;
		tp_sum += (double) s->tp;
		pred_sum += (double) s->predicted;
		true_sum += (double) s->support;
	}
	n = (double) c->n;
	r->accuracy = n > 0 ? tp_sum / n : 0.0;
	for (int m = 0; m < 3; m++)
	{
		double macro = 0, weighted = 0;

		for (uint32_t q = 0; q < c->k; q++)
		{
			const mc_class_stats *s = &r->cls[q];
			double v = m == 0 ? s->precision : (m == 1 ? s->recall : s->f1);

			macro += v;
			weighted += v * (double) s->support;
		}
		r->macro[m] = c->k > 0 ? macro / c->k : 0.0;
		r->weighted[m] = true_sum > 0 ? weighted / true_sum : 0.0;
	}
	r->micro[0] = pred_sum > 0 ? tp_sum / pred_sum : 0.0;
	r->micro[1] = true_sum > 0 ? tp_sum / true_sum : 0.0;
	r->micro[2] = r->micro[0] + r->micro[1] > 0
	                  ? 2 * r->micro[0] * r->micro[1] / (r->micro[0] + r->micro[1])
	                  : 0.0;
	return MC_OK;
}
