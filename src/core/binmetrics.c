/*
 * binmetrics.c: exact binary-classification and ranking metrics over sorted score keys, and
 * label-free (CBPE) estimates; conventions of scikit-learn 1.2 (see binmetrics.h).
 */
#include "binmetrics.h"

void
mc_confusion_rates(double tp, double fp, double tn, double fn, mc_rates *r)
{
	double n = tp + fp + tn + fn;
	double den;

	r->accuracy = n > 0 ? (tp + tn) / n : NAN;
	r->precision = tp + fp > 0 ? tp / (tp + fp) : NAN;
	r->recall = tp + fn > 0 ? tp / (tp + fn) : NAN;
	r->specificity = tn + fp > 0 ? tn / (tn + fp) : NAN;
	r->f1 = 2 * tp + fp + fn > 0 ? 2 * tp / (2 * tp + fp + fn) : NAN;
	den = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn);
	r->mcc = den > 0 ? (tp * tn - fp * fn) / sqrt(den) : NAN;
}

size_t
mc_count_at_least(const uint64_t *a, size_t n, uint64_t key)
{
	size_t lo = 0, hi = n;

	/* first index whose key is >= key */
	while (lo < hi)
	{
		size_t mid = lo + (hi - lo) / 2;

		if (a[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return n - lo;
}

double
mc_roc_auc_sorted(const uint64_t *pos, size_t npos, const uint64_t *neg, size_t nneg)
{
	uint64_t twice = 0; /* 2 * (pairs ranked right + half the tied pairs), exact */
	size_t i = 0, j = 0;

	if (npos == 0 || nneg == 0)
		return NAN;
	while (i < npos)
	{
		uint64_t v = pos[i];
		uint64_t cp = 0, below, eq = 0;

		while (i < npos && pos[i] == v)
		{
			i++;
			cp++;
		}
		while (j < nneg && neg[j] < v)
			j++;
		below = j;
		while (j < nneg && neg[j] == v)
		{
			j++;
			eq++;
		}
		twice += cp * (2 * below + eq);
		if ((i & 0xFFFFF) == 0)
			mc_check_interrupts();
	}
	return (double) twice / (2.0 * (double) npos * (double) nneg);
}

double
mc_average_precision_sorted(const uint64_t *pos, size_t npos, const uint64_t *neg, size_t nneg)
{
	size_t i = npos, j = nneg;
	double tp = 0, fp = 0;
	mc_ksum acc = {0, 0};

	if (npos == 0)
		return NAN;
	/* thresholds from the highest score down; stop once every positive is recalled */
	while (i > 0)
	{
		uint64_t v = pos[i - 1];
		double dp = 0, dn = 0;

		if (j > 0 && neg[j - 1] > v)
			v = neg[j - 1];
		while (i > 0 && pos[i - 1] == v)
		{
			i--;
			dp++;
		}
		while (j > 0 && neg[j - 1] == v)
		{
			j--;
			dn++;
		}
		tp += dp;
		fp += dn;
		if (dp > 0)
			mc_ksum_add(&acc, dp * (tp / (tp + fp)));
		if ((i & 0xFFFFF) == 0)
			mc_check_interrupts();
	}
	return mc_ksum_value(&acc) / (double) npos;
}

/* Sums over one class (label y) of the per-row probability terms. */
static void
add_probability_terms(const uint64_t *keys, size_t n, bool y, int bins, mc_ksum *logloss,
                      mc_ksum *brier, double *bin_count, double *bin_prob, double *bin_pos)
{
	for (size_t i = 0; i < n; i++)
	{
		double p = mc_double_from_key(keys[i]);
		double d = p - (y ? 1.0 : 0.0);
		int b = mc_uniform_bin(p, bins);

		mc_ksum_add(logloss, mc_log_loss_term(p, y));
		mc_ksum_add(brier, d * d);
		bin_count[b] += 1;
		bin_prob[b] += p;
		if (y)
			bin_pos[b] += 1;
		if ((i & 0xFFFFF) == 0xFFFFF)
			mc_check_interrupts();
	}
}

mc_status
mc_binary_summarize(const uint64_t *pos, size_t npos, const uint64_t *neg, size_t nneg,
                    double threshold, int bins, mc_binary_summary *s)
{
	uint64_t tkey = mc_key_from_double(threshold);
	double lo = INFINITY, hi = -INFINITY;
	size_t n = npos + nneg;

	s->npos = npos;
	s->nneg = nneg;
	s->roc_auc = mc_roc_auc_sorted(pos, npos, neg, nneg);
	s->pr_auc = mc_average_precision_sorted(pos, npos, neg, nneg);
	s->tp = mc_count_at_least(pos, npos, tkey);
	s->fn = npos - s->tp;
	s->fp = mc_count_at_least(neg, nneg, tkey);
	s->tn = nneg - s->fp;
	mc_confusion_rates((double) s->tp, (double) s->fp, (double) s->tn, (double) s->fn, &s->rates);

	if (npos > 0)
	{
		lo = mc_double_from_key(pos[0]);
		hi = mc_double_from_key(pos[npos - 1]);
	}
	if (nneg > 0)
	{
		lo = fmin(lo, mc_double_from_key(neg[0]));
		hi = fmax(hi, mc_double_from_key(neg[nneg - 1]));
	}
	s->probabilities = n > 0 && lo >= 0.0 && hi <= 1.0;
	s->log_loss = s->brier = s->ece = NAN;
	if (s->probabilities)
	{
		double *acc = mc_alloc_array(3 * (size_t) bins, sizeof(double));
		mc_ksum logloss = {0, 0}, brier = {0, 0};
		double ece = 0;

		if (acc == NULL)
			return MC_ERR_NOMEM;
		for (int b = 0; b < 3 * bins; b++)
			acc[b] = 0;
		add_probability_terms(pos, npos, true, bins, &logloss, &brier, acc, acc + bins,
		                      acc + 2 * bins);
		add_probability_terms(neg, nneg, false, bins, &logloss, &brier, acc, acc + bins,
		                      acc + 2 * bins);
		for (int b = 0; b < bins; b++)
			ece += fabs(acc[bins + b] - acc[2 * bins + b]);
		s->log_loss = mc_ksum_value(&logloss) / (double) n;
		s->brier = mc_ksum_value(&brier) / (double) n;
		s->ece = ece / (double) n;
		mc_free(acc);
	}
	return MC_OK;
}

void
mc_estimate_performance(const uint64_t *sorted, size_t n, double threshold, mc_estimate *e)
{
	mc_ksum tp = {0, 0}, fp = {0, 0}, tn = {0, 0}, fn = {0, 0};
	mc_ksum num = {0, 0}, below = {0, 0};
	size_t i = 0;

	while (i < n)
	{
		uint64_t v = sorted[i];
		double p = mc_double_from_key(v);
		double wp = 0, wn = 0;
		double below_now = mc_ksum_value(&below);

		while (i < n && sorted[i] == v)
		{
			wp += p;
			wn += 1.0 - p;
			i++;
		}
		if (p >= threshold)
		{
			mc_ksum_add(&tp, wp);
			mc_ksum_add(&fp, wn);
		}
		else
		{
			mc_ksum_add(&fn, wp);
			mc_ksum_add(&tn, wn);
		}
		/* weighted Mann–Whitney: positives weight p over negatives weight 1 - p below them */
		mc_ksum_add(&num, wp * below_now + 0.5 * wp * wn);
		mc_ksum_add(&below, wn);
		if ((i & 0xFFFFF) == 0)
			mc_check_interrupts();
	}
	e->exp_tp = mc_ksum_value(&tp);
	e->exp_fp = mc_ksum_value(&fp);
	e->exp_tn = mc_ksum_value(&tn);
	e->exp_fn = mc_ksum_value(&fn);
	mc_confusion_rates(e->exp_tp, e->exp_fp, e->exp_tn, e->exp_fn, &e->rates);
	{
		double wpos = e->exp_tp + e->exp_fn;
		double wneg = e->exp_fp + e->exp_tn;

		e->roc_auc = wpos > 0 && wneg > 0 ? mc_ksum_value(&num) / (wpos * wneg) : NAN;
		e->expected_positive_rate = n > 0 ? wpos / (double) n : NAN;
	}
}

/* sklearn's discount of 0-based rank r: 1 / (log(r + 2) / log(2)); 0 from the cutoff on */
static inline double
rank_discount(size_t r, size_t cut)
{
	return r < cut ? 1.0 / (log((double) r + 2.0) / log(2.0)) : 0.0;
}

mc_status
mc_ndcg(const mc_kv *sorted, size_t n, uint64_t k, double *out)
{
	size_t cut = (k == 0 || k > n) ? n : (size_t) k;
	size_t idx = n, rank = 0;
	double dcg = 0, idcg = 0;
	uint64_t *rel;

	if (n == 0)
	{
		*out = NAN;
		return MC_OK;
	}
	/* DCG, best score first; a tied group shares the mean gain over its ranks' discounts */
	while (idx > 0 && rank < cut)
	{
		uint64_t v = sorted[idx - 1].key;
		double sum = 0, dsum = 0;
		size_t c = 0;

		while (idx > 0 && sorted[idx - 1].key == v)
		{
			sum += sorted[idx - 1].val;
			idx--;
			c++;
		}
		for (size_t r = rank; r < rank + c && r < cut; r++)
			dsum += rank_discount(r, cut);
		dcg += sum / (double) c * dsum;
		rank += c;
	}
	/* ideal DCG: relevance in decreasing order */
	rel = mc_alloc_array(n, sizeof(uint64_t));
	if (rel == NULL)
		return MC_ERR_NOMEM;
	for (size_t i = 0; i < n; i++)
		rel[i] = mc_key_from_double(sorted[i].val);
	if (mc_sort_keys(rel, n) != MC_OK)
	{
		mc_free(rel);
		return MC_ERR_NOMEM;
	}
	for (size_t r = 0; r < cut; r++)
		idcg += mc_double_from_key(rel[n - 1 - r]) * rank_discount(r, cut);
	mc_free(rel);
	*out = idcg == 0 ? 0.0 : dcg / idcg;
	return MC_OK;
}

double
mc_precision_at_k(const mc_kv *sorted, size_t n, uint64_t k)
{
	size_t idx = n;
	uint64_t rank = 0;
	double hits = 0;

	if (n == 0 || k == 0)
		return NAN;
	while (idx > 0 && rank < k)
	{
		uint64_t v = sorted[idx - 1].key;
		size_t c = 0, relevant = 0;
		uint64_t slots;

		while (idx > 0 && sorted[idx - 1].key == v)
		{
			if (sorted[idx - 1].val > 0)
				relevant++;
			idx--;
			c++;
		}
		slots = rank + c <= k ? c : k - rank;
		hits += (double) relevant * (double) slots / (double) c;
		rank += c;
	}
	return hits / (double) k;
}
