#ifndef HOCVU_CSYSTEM_H
#define HOCVU_CSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0, or -1 with errno set (ENOSYS/EINVAL where the kernel or file
/// system cannot, so the caller falls back to two renames).
int hocvu_rename_exchange(const char *a, const char *b);

#endif
