package org.standpoint.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Names what went wrong in storage the way a user can act on it: a full disk (SQLite's {@code SQLITE_FULL}, also
 * when a size limit is reached; PostgreSQL's SQL state 53100) or an I/O error ({@code SQLITE_IOERR}, PostgreSQL class
 * 58) rather than the driver's wording alone, and never a follow-on error (a rollback refused after SQLite already
 * rolled back) in place of the cause.
 */
public final class StorageErrors {
    private static final int SQLITE_FULL = SQLiteErrorCode.SQLITE_FULL.code;
    private static final int SQLITE_IOERR = SQLiteErrorCode.SQLITE_IOERR.code;

    private StorageErrors() {
    }

    /** Whether {@code e} or one of its causes says the disk (or the database's size limit) is full. */
    public static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s && (s.getResultCode().code & 0xFF) == SQLITE_FULL) {
                return true;
            }
            if (t instanceof SQLException s && "53100".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} or one of its causes is an input/output error of the disk under the database. */
    static boolean ioError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s && (s.getResultCode().code & 0xFF) == SQLITE_IOERR) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("58")) {
                return true;
            }
        }
        return false;
    }

    /** One line: {@code disk full: ...}, {@code I/O error: ...} or the error's own message. */
    public static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (diskFull(e)) {
            return "disk full: " + message;
        }
        return ioError(e) ? "I/O error: " + message : message;
    }
}
