/* ctab.c: counter tables of numeric keys and text values, with the Misra–Gries reduce (ctab.h). */
#include "ctab.h"

#include <stdlib.h>
#include <string.h>

static uint32_t
slots_for(uint32_t entries)
{
	uint32_t s = 16;

	while ((uint64_t) entries * 4 > (uint64_t) s * 3 && s < (UINT32_C(1) << 30))
		s *= 2;
	return s;
}

mc_status
mc_ntab_init(mc_ntab *t, uint32_t min_entries)
{
	uint32_t s = slots_for(min_entries);

	t->keys = mc_alloc_array(s, sizeof(uint64_t));
	t->cnt = mc_alloc_array(s, sizeof(uint64_t));
	t->n = 0;
	t->mask = s - 1;
	if (t->keys == NULL || t->cnt == NULL)
	{
		mc_ntab_free(t);
		return MC_ERR_NOMEM;
	}
	memset(t->keys, 0, s * sizeof(uint64_t));
	return MC_OK;
}

void
mc_ntab_free(mc_ntab *t)
{
	if (t->keys)
		mc_free(t->keys);
	if (t->cnt)
		mc_free(t->cnt);
	t->keys = t->cnt = NULL;
	t->n = 0;
	t->mask = 0;
}

mc_status
mc_ntab_copy(mc_ntab *dst, const mc_ntab *src)
{
	size_t s = (size_t) src->mask + 1;

	dst->keys = mc_alloc_array(s, sizeof(uint64_t));
	dst->cnt = mc_alloc_array(s, sizeof(uint64_t));
	if (dst->keys == NULL || dst->cnt == NULL)
	{
		mc_ntab_free(dst);
		return MC_ERR_NOMEM;
	}
	memcpy(dst->keys, src->keys, s * sizeof(uint64_t));
	memcpy(dst->cnt, src->cnt, s * sizeof(uint64_t));
	dst->mask = src->mask;
	dst->n = src->n;
	return MC_OK;
}

/* rebuild with `slots` slots (a power of two) */
static mc_status
ntab_rebuild(mc_ntab *t, uint32_t slots)
{
	mc_ntab nt;

	nt.keys = mc_alloc_array(slots, sizeof(uint64_t));
	nt.cnt = mc_alloc_array(slots, sizeof(uint64_t));
	if (nt.keys == NULL || nt.cnt == NULL)
	{
		mc_ntab_free(&nt);
		return MC_ERR_NOMEM;
	}
	memset(nt.keys, 0, (size_t) slots * sizeof(uint64_t));
	nt.mask = slots - 1;
	nt.n = 0;
	for (uint32_t i = 0; i <= t->mask; i++)
	{
		if (t->keys[i] != 0 && t->cnt[i] != 0)
		{
			uint32_t j = (uint32_t) mc_mix64(t->keys[i]) & nt.mask;

			while (nt.keys[j] != 0)
				j = (j + 1) & nt.mask;
			nt.keys[j] = t->keys[i];
			nt.cnt[j] = t->cnt[i];
			nt.n++;
		}
	}
	mc_ntab_free(t);
	*t = nt;
	return MC_OK;
}

mc_status
mc_ntab_grow(mc_ntab *t)
{
	if (t->mask + 1 >= (UINT32_C(1) << 30))
		return MC_ERR_NOMEM;
	return ntab_rebuild(t, (t->mask + 1) * 2);
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;

	return (x > y) - (x < y);
}

typedef struct kc
{
	uint64_t k, c;
} kc;

static int
cmp_kc(const void *a, const void *b)
{
	return cmp_u64(&((const kc *) a)->k, &((const kc *) b)->k);
}

/*
 * LSD radix sort of (key, count) pairs by key, 8 bits a pass; a pass whose byte is the same in
 * every key is skipped (the high bytes of nearby doubles usually are). Stable, O(8 n).
 */
static void
radix_sort_kc(kc *a, kc *tmp, size_t n)
{
	for (int shift = 0; shift < 64; shift += 8)
	{
		size_t count[256] = {0};
		size_t pos = 0;

		for (size_t i = 0; i < n; i++)
			count[(a[i].k >> shift) & 0xff]++;
		if (count[(a[0].k >> shift) & 0xff] == n)
			continue;
		for (int b = 0; b < 256; b++)
		{
			size_t c = count[b];

			count[b] = pos;
			pos += c;
		}
		for (size_t i = 0; i < n; i++)
			tmp[count[(a[i].k >> shift) & 0xff]++] = a[i];
		memcpy(a, tmp, n * sizeof(kc));
	}
}

mc_status
mc_ntab_sorted(const mc_ntab *t, uint64_t **keys, uint64_t **cnt)
{
	kc *tmp = mc_alloc_array(t->n ? 2 * (size_t) t->n : 1, sizeof(kc));
	size_t j = 0;

	*keys = mc_alloc_array(t->n ? t->n : 1, sizeof(uint64_t));
	*cnt = mc_alloc_array(t->n ? t->n : 1, sizeof(uint64_t));
	if (tmp == NULL || *keys == NULL || *cnt == NULL)
	{
		if (tmp)
			mc_free(tmp);
		if (*keys)
			mc_free(*keys);
		if (*cnt)
			mc_free(*cnt);
		*keys = *cnt = NULL;
		return MC_ERR_NOMEM;
	}
	for (uint32_t i = 0; i <= t->mask; i++)
		if (t->keys[i] != 0)
		{
			tmp[j].k = t->keys[i];
			tmp[j].c = t->cnt[i];
			j++;
		}
	if (j < 64)
		qsort(tmp, j, sizeof(kc), cmp_kc);
	else
		radix_sort_kc(tmp, tmp + j, j);
	for (size_t i = 0; i < j; i++)
	{
		(*keys)[i] = tmp[i].k;
		(*cnt)[i] = tmp[i].c;
	}
	mc_free(tmp);
	return MC_OK;
}

/* Quickselect with a three-way partition and a middle pivot: the kth largest (kth >= 1). */
uint64_t
mc_kth_largest(uint64_t *a, size_t n, size_t kth)
{
	size_t lo = 0, hi = n, want = kth - 1; /* want: index in descending order */

	while (hi - lo > 1)
	{
		uint64_t pivot = a[lo + (hi - lo) / 2];
		size_t lt = lo, i = lo, gt = hi;

		/* [lo, lt) > pivot, [lt, gt) == pivot, [gt, hi) < pivot */
		while (i < gt)
		{
			uint64_t t;

			if (a[i] > pivot)
			{
				t = a[lt];
				a[lt++] = a[i];
				a[i++] = t;
			}
			else if (a[i] < pivot)
			{
				t = a[--gt];
				a[gt] = a[i];
				a[i] = t;
			}
			else
				i++;
		}
		if (want < lt)
			hi = lt;
		else if (want < gt)
			return pivot;
		else
			lo = gt;
	}
	return a[lo];
}

/* ---------------------------------------------------------------- text values */

mc_status
mc_ttab_init(mc_ttab *t, uint32_t min_entries)
{
	uint32_t s = slots_for(min_entries);

	memset(t, 0, sizeof(*t));
	t->slots = mc_alloc_array(s, sizeof(uint32_t));
	t->ealloc = 16;
	t->e = mc_alloc_array(t->ealloc, sizeof(mc_tentry));
	t->aalloc = 256;
	t->arena = mc_alloc(t->aalloc);
	if (t->slots == NULL || t->e == NULL || t->arena == NULL)
	{
		mc_ttab_free(t);
		return MC_ERR_NOMEM;
	}
	memset(t->slots, 0, s * sizeof(uint32_t));
	t->mask = s - 1;
	return MC_OK;
}

void
mc_ttab_free(mc_ttab *t)
{
	if (t->e)
		mc_free(t->e);
	if (t->slots)
		mc_free(t->slots);
	if (t->arena)
		mc_free(t->arena);
	memset(t, 0, sizeof(*t));
}

mc_status
mc_ttab_copy(mc_ttab *dst, const mc_ttab *src)
{
	memset(dst, 0, sizeof(*dst));
	dst->e = mc_alloc_array(src->ealloc, sizeof(mc_tentry));
	dst->slots = mc_alloc_array((size_t) src->mask + 1, sizeof(uint32_t));
	dst->arena = mc_alloc(src->aalloc);
	if (dst->e == NULL || dst->slots == NULL || dst->arena == NULL)
	{
		mc_ttab_free(dst);
		return MC_ERR_NOMEM;
	}
	memcpy(dst->e, src->e, src->n * sizeof(mc_tentry));
	memcpy(dst->slots, src->slots, ((size_t) src->mask + 1) * sizeof(uint32_t));
	if (src->alen)
		memcpy(dst->arena, src->arena, src->alen);
	dst->n = src->n;
	dst->ealloc = src->ealloc;
	dst->mask = src->mask;
	dst->alen = src->alen;
	dst->aalloc = src->aalloc;
	return MC_OK;
}

static mc_status
ttab_reslot(mc_ttab *t, uint32_t slots)
{
	uint32_t *ns = mc_alloc_array(slots, sizeof(uint32_t));

	if (ns == NULL)
		return MC_ERR_NOMEM;
	memset(ns, 0, (size_t) slots * sizeof(uint32_t));
	for (uint32_t k = 0; k < t->n; k++)
	{
		uint32_t j = (uint32_t) t->e[k].hash & (slots - 1);

		while (ns[j] != 0)
			j = (j + 1) & (slots - 1);
		ns[j] = k + 1;
	}
	mc_free(t->slots);
	t->slots = ns;
	t->mask = slots - 1;
	return MC_OK;
}

int64_t
mc_ttab_find_or_add(mc_ttab *t, const uint8_t *b, uint32_t len, bool trunc, uint64_t hash)
{
	uint32_t i = (uint32_t) hash & t->mask;
	mc_tentry *e;

	for (;;)
	{
		uint32_t s = t->slots[i];

		if (s == 0)
			break;
		e = &t->e[s - 1];
		if (e->hash == hash && e->len == len && e->trunc == trunc &&
		    memcmp(t->arena + e->off, b, len) == 0)
			return s - 1;
		i = (i + 1) & t->mask;
	}
	if ((t->n + 1) * 4 > (t->mask + 1) * 3)
	{
		if (t->mask + 1 >= (UINT32_C(1) << 30) || ttab_reslot(t, (t->mask + 1) * 2) != MC_OK)
			return -1;
		return mc_ttab_find_or_add(t, b, len, trunc, hash);
	}
	if (t->n == t->ealloc)
	{
		mc_tentry *ne = mc_realloc(t->e, (size_t) t->ealloc * 2 * sizeof(mc_tentry));

		if (ne == NULL)
			return -1;
		t->e = ne;
		t->ealloc *= 2;
	}
	if (t->alen + len > t->aalloc)
	{
		size_t na = t->aalloc * 2;
		uint8_t *a;

		while (na < t->alen + len)
			na *= 2;
		if (na > UINT32_MAX)
			return -1;
		a = mc_realloc(t->arena, na);
		if (a == NULL)
			return -1;
		t->arena = a;
		t->aalloc = na;
	}
	e = &t->e[t->n];
	e->hash = hash;
	e->count = 0;
	e->off = (uint32_t) t->alen;
	e->len = len;
	e->trunc = trunc ? 1 : 0;
	if (len)
		memcpy(t->arena + t->alen, b, len);
	t->alen += len;
	t->slots[i] = t->n + 1;
	return t->n++;
}

int
mc_ttab_cmp(const mc_ttab *t, const mc_tentry *a, const mc_tentry *b)
{
	uint32_t l = a->len < b->len ? a->len : b->len;
	int c = l ? memcmp(t->arena + a->off, t->arena + b->off, l) : 0;

	if (c != 0)
		return c < 0 ? -1 : 1;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	if (a->trunc != b->trunc)
		return a->trunc < b->trunc ? -1 : 1;
	return (a->hash > b->hash) - (a->hash < b->hash);
}

/* qsort has no context argument in C11: sort indexes with a file-level pointer */
static const mc_ttab *sort_tab;

static int
cmp_idx(const void *x, const void *y)
{
	return mc_ttab_cmp(sort_tab, &sort_tab->e[*(const uint32_t *) x],
	                   &sort_tab->e[*(const uint32_t *) y]);
}

mc_status
mc_ttab_sorted(const mc_ttab *t, uint32_t **order)
{
	uint32_t *o = mc_alloc_array(t->n ? t->n : 1, sizeof(uint32_t));

	if (o == NULL)
		return MC_ERR_NOMEM;
	for (uint32_t i = 0; i < t->n; i++)
		o[i] = i;
	sort_tab = t;
	qsort(o, t->n, sizeof(uint32_t), cmp_idx);
	sort_tab = NULL;
	*order = o;
	return MC_OK;
}

mc_status
mc_ttab_reduce(mc_ttab *t, uint32_t m, uint64_t *subtracted)
{
	uint64_t *counts;
	uint64_t c;
	uint32_t k = 0;
	size_t alen = 0;

	*subtracted = 0;
	if (t->n <= m)
		return MC_OK;
	counts = mc_alloc_array(t->n, sizeof(uint64_t));
	if (counts == NULL)
		return MC_ERR_NOMEM;
	for (uint32_t i = 0; i < t->n; i++)
		counts[i] = t->e[i].count;
	c = mc_kth_largest(counts, t->n, (size_t) m + 1);
	mc_free(counts);
	/* keep the survivors in order, compacting entries and arena in place */
	for (uint32_t i = 0; i < t->n; i++)
	{
		mc_tentry e = t->e[i];

		if (e.count <= c)
			continue;
		e.count -= c;
		memmove(t->arena + alen, t->arena + e.off, e.len);
		e.off = (uint32_t) alen;
		alen += e.len;
		t->e[k++] = e;
	}
	t->n = k;
	t->alen = alen;
	*subtracted = c;
	return ttab_reslot(t, slots_for(2 * m + 2));
}
