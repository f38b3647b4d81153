#include "models/SqliteApi.h"

#include <dlfcn.h>

namespace {
template <typename F>
bool resolve(void *library, const char *name, F *function)
{
    *function = reinterpret_cast<F>(dlsym(library, name));
    return *function != nullptr;
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WC_ADDRESS_SANITIZER
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define WC_ADDRESS_SANITIZER
#endif

// SQLite's functions call each other through its exported names. Looked up in the library itself
// first (RTLD_DEEPBIND) they are found at once, instead of after every library of the process:
// the loader's lock, which QApplication's plugins wait for meanwhile, is held a third as long.
// AddressSanitizer refuses RTLD_DEEPBIND.
#ifdef WC_ADDRESS_SANITIZER
constexpr int OpenFlags = RTLD_NOW | RTLD_LOCAL;
#else
constexpr int OpenFlags = RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND;
#endif

const SqliteApi *load()
{
    // The soname Debian's QSQLITE driver links: the same library, loaded once per process.
    void *library = dlopen("libsqlite3.so.0", OpenFlags);
    if (!library)
        return nullptr;
    static SqliteApi api;
    const bool complete = resolve(library, "sqlite3_open_v2", &api.open_v2)
        && resolve(library, "sqlite3_close_v2", &api.close_v2)
        && resolve(library, "sqlite3_extended_result_codes", &api.extended_result_codes)
        && resolve(library, "sqlite3_busy_timeout", &api.busy_timeout)
        && resolve(library, "sqlite3_errmsg", &api.errmsg) && resolve(library, "sqlite3_errstr", &api.errstr)
        && resolve(library, "sqlite3_errcode", &api.errcode)
        && resolve(library, "sqlite3_extended_errcode", &api.extended_errcode)
        && resolve(library, "sqlite3_prepare_v2", &api.prepare_v2) && resolve(library, "sqlite3_step", &api.step)
        && resolve(library, "sqlite3_finalize", &api.finalize)
        && resolve(library, "sqlite3_column_text", &api.column_text)
        && resolve(library, "sqlite3_column_bytes", &api.column_bytes)
        && resolve(library, "sqlite3_column_int64", &api.column_int64)
        && resolve(library, "sqlite3_bind_int64", &api.bind_int64)
        && resolve(library, "sqlite3_bind_text", &api.bind_text) && resolve(library, "sqlite3_exec", &api.exec)
        && resolve(library, "sqlite3_commit_hook", &api.commit_hook)
        && resolve(library, "sqlite3_rollback_hook", &api.rollback_hook)
        && resolve(library, "sqlite3_get_autocommit", &api.get_autocommit);
    // Kept open for the process's life: the functions are used until the end.
    return complete ? &api : nullptr;
}
} // namespace

const SqliteApi *SqliteApi::get()
{
    static const SqliteApi *const api = load();
    return api;
}
