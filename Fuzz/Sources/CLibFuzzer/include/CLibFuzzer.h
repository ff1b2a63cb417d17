// libFuzzer's driver, for a program that keeps its own `main`: SwiftPM links every executable's
// `main` to `<Target>_main`, so the fuzz targets start libFuzzer themselves instead of using its `main`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
