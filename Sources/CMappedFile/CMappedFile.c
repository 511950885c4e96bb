// Reading a file through mmap without dying when the file is truncated
// under us. Touching a mapped page wholly past the file's new end raises
// SIGBUS. Jumping out of the handler (siglongjmp) would skip Swift frames,
// their releases and deferred closes, so the handler never jumps: when the
// faulting address lies in a registered mapping, it maps anonymous zero
// pages over the rest of the mapping (MAP_FIXED), records the fault and
// returns. The faulting load runs again, reads a zero, and the reader ends
// with some result that the caller throws away: it sees the flag and reads
// the file again with read(). A SIGBUS anywhere else goes to the handler that
// was there before (the Swift runtime's backtracer, or the default action).
#define _GNU_SOURCE
#include "CMappedFile.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

enum { slot_count = 16 };

struct registration {
    atomic_int used;       // 0 free, 1 claimed (being filled), 2 live
    atomic_uintptr_t start;
    atomic_size_t length;
    atomic_int faulted;
};

static struct registration registrations[slot_count];
static struct sigaction previous_action;
static pthread_once_t install_once = PTHREAD_ONCE_INIT;
static int install_error;

static void pass_on(int signal, siginfo_t *info, void *context) {
    if (previous_action.sa_flags & SA_SIGINFO) {
        previous_action.sa_sigaction(signal, info, context);
        return;
    }
    if (previous_action.sa_handler != SIG_DFL && previous_action.sa_handler != SIG_IGN) {
        previous_action.sa_handler(signal);
        return;
    }
    // Default action: put it back; the faulting instruction runs again and
    // the kernel ends the process as it would have without us.
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(SIGBUS, &fallback, NULL);
}

static void on_bus_error(int signal, siginfo_t *info, void *context) {
    int saved_errno = errno;
    uintptr_t address = (uintptr_t)info->si_addr;
    for (int index = 0; index < slot_count; index++) {
        struct registration *entry = &registrations[index];
        if (atomic_load(&entry->used) != 2) continue;
        uintptr_t start = atomic_load(&entry->start);
        size_t length = atomic_load(&entry->length);
        if (address < start || address - start >= length) continue;
        uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);  // a plain getter in glibc, safe here
        uintptr_t from = address & ~(page - 1);
        uintptr_t end = (start + length + page - 1) & ~(page - 1);
        void *zeros = mmap((void *)from, end - from, PROT_READ, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (zeros == MAP_FAILED) break;  // cannot cover it: the fault is not survivable
        atomic_store(&entry->faulted, 1);
        errno = saved_errno;
        return;
    }
    errno = saved_errno;
    pass_on(signal, info, context);
}

static void install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_bus_error;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGBUS, &action, &previous_action) != 0) install_error = errno;
}

const void *mapped_file_map(int descriptor, size_t length, int *slot) {
    pthread_once(&install_once, install);
    if (install_error != 0) {
        errno = install_error;
        return NULL;
    }
    int claimed = -1;
    for (int index = 0; index < slot_count && claimed < 0; index++) {
        int expected = 0;
        if (atomic_compare_exchange_strong(&registrations[index].used, &expected, 1)) claimed = index;
    }
    if (claimed < 0) {
        errno = EBUSY;
        return NULL;
    }
    void *address = mmap(NULL, length, PROT_READ, MAP_PRIVATE, descriptor, 0);
    if (address == MAP_FAILED) {
        int saved = errno;
        atomic_store(&registrations[claimed].used, 0);
        errno = saved;
        return NULL;
    }
    struct registration *entry = &registrations[claimed];
    atomic_store(&entry->start, (uintptr_t)address);
    atomic_store(&entry->length, length);
    atomic_store(&entry->faulted, 0);
    atomic_store(&entry->used, 2);
    *slot = claimed;
    return address;
}

int mapped_file_faulted(int slot) {
    return atomic_load(&registrations[slot].faulted);
}

void mapped_file_unmap(const void *address, size_t length, int slot) {
    atomic_store(&registrations[slot].used, 1);  // the handler no longer claims it
    munmap((void *)address, length);
    atomic_store(&registrations[slot].used, 0);
}
