#pragma once

#include <sqlite3.h>

// The few calls the app makes to SQLite itself (the file precheck, the list loader, the
// transaction guard), into the system library that Qt's QSQLITE driver uses too.
//
// Opened with dlopen() on first use instead of linked: a linked libsqlite3 makes every start
// resolve its ~1,500 symbols before main(), on the main thread. Opened here it loads on the
// start-up thread (the precheck comes first), or the driver has loaded it already.
struct SqliteApi
{
    // The library's functions; nullptr when it cannot be opened (a broken installation), which
    // callers report as a storage error.
    static const SqliteApi *get();

    decltype(&::sqlite3_open_v2) open_v2;
    decltype(&::sqlite3_close_v2) close_v2;
    decltype(&::sqlite3_extended_result_codes) extended_result_codes;
    decltype(&::sqlite3_busy_timeout) busy_timeout;
    decltype(&::sqlite3_errmsg) errmsg;
    decltype(&::sqlite3_errstr) errstr;
    decltype(&::sqlite3_errcode) errcode;
    decltype(&::sqlite3_extended_errcode) extended_errcode;
    decltype(&::sqlite3_prepare_v2) prepare_v2;
    decltype(&::sqlite3_step) step;
    decltype(&::sqlite3_finalize) finalize;
    decltype(&::sqlite3_column_text) column_text;
    decltype(&::sqlite3_column_bytes) column_bytes;
    decltype(&::sqlite3_column_int64) column_int64;
    decltype(&::sqlite3_bind_int64) bind_int64;
    decltype(&::sqlite3_bind_text) bind_text;
    decltype(&::sqlite3_exec) exec;
    decltype(&::sqlite3_commit_hook) commit_hook;
    decltype(&::sqlite3_rollback_hook) rollback_hook;
    decltype(&::sqlite3_get_autocommit) get_autocommit;
};

// The functions where a connection exists: it was opened through them, or the driver opened
// it and SqliteApi::get() succeeded for its handle (Database::nativeHandle()).
inline const SqliteApi &sqlite()
{
    return *SqliteApi::get();
}
