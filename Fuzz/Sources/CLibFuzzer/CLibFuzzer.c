// Only the declaration in include/CLibFuzzer.h: the driver itself is in libclang_rt.fuzzer, which
// `-sanitize=fuzzer` links.
#include "CLibFuzzer.h"
