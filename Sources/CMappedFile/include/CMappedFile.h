#ifndef CMAPPEDFILE_H
#define CMAPPEDFILE_H

#include <stddef.h>

/// Maps `length` bytes of the open file `descriptor` for reading and registers
/// the mapping with a SIGBUS handler (installed on first use). Returns the
/// address, or NULL with errno set; `*slot` receives the registration, for
/// the calls below. NULL with errno EBUSY: every registration slot is taken.
const void *mapped_file_map(int descriptor, size_t length, int *slot);

/// Nonzero when a SIGBUS fell in the mapping: the file shrank under us. The
/// handler put zero pages from the faulting page to the end of the mapping
/// and returned, so the reader went on over zeros; its result is worthless.
int mapped_file_faulted(int slot);

/// Unregisters and unmaps (the zero pages too).
void mapped_file_unmap(const void *address, size_t length, int slot);

#endif
