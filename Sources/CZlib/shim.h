#ifndef SAFEDRILL_CZLIB_SHIM_H
#define SAFEDRILL_CZLIB_SHIM_H
#include <zlib.h>

/* deflateInit2 and inflateInit2 are macros, which Swift cannot call. */
static inline int safedrill_gzip_deflate_init(z_streamp stream) {
    return deflateInit2(stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
}
static inline int safedrill_gzip_inflate_init(z_streamp stream) {
    return inflateInit2(stream, 15 + 16);
}
#endif
