// Heap trimming for the start-up memory cleanup.
#include "CDlibFace.h"

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

extern "C" int fe_malloc_trim(void) {
#if defined(__GLIBC__)
    return malloc_trim(0);
#else
    return 0;
#endif
}

extern "C" int fe_malloc_arena_max(int arenas) {
#if defined(__GLIBC__)
    return mallopt(M_ARENA_MAX, arenas);
#else
    (void)arenas;
    return 0;
#endif
}
