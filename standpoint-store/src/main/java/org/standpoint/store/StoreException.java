package org.standpoint.store;

/** The database could not be opened, read or written; the message names the database or the article. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
