/*
 * codec.h: endian-stable, bounds-checked byte encoding shared by every serialized mlcheck value.
 *
 * Integers and doubles are written big-endian (network order, as PostgreSQL's pq_send* do), so a
 * value written on one machine reads on any other. Unsigned varints (LEB128) keep counts small.
 * A reader never reads past its end: a short or malformed input sets `failed` and every later
 * read returns 0, so a parser checks `failed` once at the end (and before trusting a length).
 * Text forms use base64 (RFC 4648, with padding), which round-trips bytes exactly.
 */
#ifndef MC_CODEC_H
#define MC_CODEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mcbase.h"

typedef struct mc_writer
{
	uint8_t *buf;
	size_t len;
	size_t cap;
	bool failed; /* an allocation failed; the content is unusable */
} mc_writer;

void mc_w_init(mc_writer *w, size_t initial_capacity);
void mc_w_free(mc_writer *w);
bool mc_w_reserve(mc_writer *w, size_t extra);
void mc_w_u8(mc_writer *w, uint8_t v);
void mc_w_u32(mc_writer *w, uint32_t v);
void mc_w_u64(mc_writer *w, uint64_t v);
void mc_w_i64(mc_writer *w, int64_t v);
void mc_w_f64(mc_writer *w, double v);
/* n doubles, each as mc_w_f64 writes it, in one reservation and one loop. */
void mc_w_f64_array(mc_writer *w, const double *v, size_t n);
void mc_w_varint(mc_writer *w, uint64_t v);
void mc_w_bytes(mc_writer *w, const void *p, size_t n);

typedef struct mc_reader
{
	const uint8_t *p;
	size_t len;
	size_t pos;
	bool failed; /* a read went past the end or a varint was malformed */
} mc_reader;

void mc_r_init(mc_reader *r, const void *p, size_t len);
uint8_t mc_r_u8(mc_reader *r);
uint32_t mc_r_u32(mc_reader *r);
uint64_t mc_r_u64(mc_reader *r);
int64_t mc_r_i64(mc_reader *r);
double mc_r_f64(mc_reader *r);
/*
 * n doubles as mc_r_f64 reads them, into out, and *all_finite = whether all are finite. False
 * (and failed) when fewer than 8 n bytes remain; then nothing is read.
 */
bool mc_r_f64_array(mc_reader *r, double *out, size_t n, bool *all_finite);
uint64_t mc_r_varint(mc_reader *r);
/* Pointer to the next n bytes (NULL and failed when fewer remain). */
const uint8_t *mc_r_bytes(mc_reader *r, size_t n);
size_t mc_r_remaining(const mc_reader *r);
/* True when every byte was consumed and no read failed. */
bool mc_r_done(const mc_reader *r);

/* Length of the base64 text of n bytes (without a terminator). */
size_t mc_base64_encoded_len(size_t n);
/* Writes mc_base64_encoded_len(n) characters to out (no terminator). */
void mc_base64_encode(const uint8_t *in, size_t n, char *out);
/*
 * Decodes n characters into out (room for n / 4 * 3 bytes); returns the byte count, or -1 when
 * the text is not canonical base64 (wrong length, foreign character, bad padding, non-zero
 * padding bits), so that each byte string has exactly one accepted text form.
 */
long mc_base64_decode(const char *in, size_t n, uint8_t *out);

#endif /* MC_CODEC_H */
