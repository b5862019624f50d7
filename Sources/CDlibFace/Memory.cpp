// Heap trimming and the release of start-up code pages, for the start-up memory cleanup.
#include "CDlibFace.h"

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#endif

#include <cstdio>
#include <cstring>
#include <vector>

namespace {

#if defined(__linux__)
/// Releases the resident pages of the process's private file mappings that hold an unmodified copy of the file:
/// code and data of the executable and libraries, much of it used only at start-up (model loading,
/// configuration, the database's opening, type metadata and tables read once). Code that runs again maps its
/// pages back on its first touch, so the process's RSS becomes its working set instead of everything it ever
/// touched. Returns the kB that were resident in the mappings it released.
///
/// Two kinds of mapping, two ways:
/// - read-only, no private page (smaps' `Anonymous: 0 kB`): handed back (`MADV_PAGEOUT`), then unmapped
///   (`MADV_DONTNEED`), which can lose nothing there;
/// - writable, or with pages a relocation or a write copied: only handed back. `MADV_PAGEOUT` reclaims the pages
///   still equal to the file and never drops a written one (without swap it leaves them; with swap they go there
///   as they would under memory pressure). The executable's writable segment is 39 MB, 34 MB of it ICU's
///   data (Foundation's, linked in), which its object file marks writable: a busy door had 6.3 MB of it
///   resident, 2.2 MB after this.
long release_clean_file_pages() {
    FILE *smaps = std::fopen("/proc/self/smaps", "r");
    if (smaps == nullptr) return 0;
    struct range { unsigned long start, end; long resident; bool unmap; };
    std::vector<range> mappings;
    char line[4096];
    unsigned long start = 0, end = 0;
    long resident = 0;
    bool file = false, read_only = false;
    while (std::fgets(line, sizeof line, smaps) != nullptr) {
        unsigned long low, high;
        char permissions[8] = {0};
        unsigned long offset, inode;
        char device[16];
        int path_at = 0;
        if (std::sscanf(line, "%lx-%lx %7s %lx %15s %lu %n", &low, &high, permissions, &offset, device, &inode, &path_at) >= 6) {
            start = low;
            end = high;
            resident = 0;
            // A private mapping of a file (not [vdso], a shared mapping or anonymous memory).
            file = permissions[3] == 'p' && inode != 0 && path_at > 0 && line[path_at] == '/';
            read_only = permissions[1] != 'w';
            continue;
        }
        long kilobytes = 0;
        if (std::sscanf(line, "Rss: %ld kB", &kilobytes) == 1) {
            resident = kilobytes;
        } else if (std::sscanf(line, "Anonymous: %ld kB", &kilobytes) == 1) {
            if (file && resident > kilobytes) {
                mappings.push_back({start, end, resident - kilobytes, read_only && kilobytes == 0});
            }
            file = false;
        }
    }
    std::fclose(smaps);
    long released = 0;
    for (const range &mapping : mappings) {
        void *start = reinterpret_cast<void *>(mapping.start);
        size_t length = mapping.end - mapping.start;
#ifdef MADV_PAGEOUT
        // Hand back the cached pages only this process maps (the kiosk executable's own): what runs again is read
        // back in smaller pieces than the large blocks start-up read, one touch of which maps the whole block
        // again (Linux 6.18, the demo replay: the executable's code settled at 12.9 MB without this, 9.2 MB with
        // it). The kernel skips shared libraries' pages; an older kernel refuses the advice.
        if (madvise(start, length, MADV_PAGEOUT) == 0 && !mapping.unmap) released += mapping.resident;
#endif
        if (mapping.unmap && madvise(start, length, MADV_DONTNEED) == 0) released += mapping.resident;
    }
    return released;
}
#endif

}  // namespace

extern "C" int fe_malloc_trim(void) {
#if defined(__GLIBC__)
    int trimmed = malloc_trim(0);
#else
    int trimmed = 0;
#endif
#if defined(__linux__)
    if (release_clean_file_pages() > 0) trimmed = 1;
#endif
    return trimmed;
}

extern "C" int fe_malloc_arena_max(int arenas) {
#if defined(__GLIBC__)
    // A fixed threshold also stops glibc from raising it after each large free (up to 32 MB), which would move
    // frames, image pyramids and model-file buffers into the arenas, where they stay as fragmentation.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    return mallopt(M_ARENA_MAX, arenas);
#else
    (void)arenas;
    return 0;
#endif
}
