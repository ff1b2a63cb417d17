#ifndef SAFEDRILL_CZLIB_SHIM_H
#define SAFEDRILL_CZLIB_SHIM_H
#include <zlib.h>
#endif
