package id.padan.worklist;

/** A returned file that cannot be read as a worklist at all; the message names the file and what to do. */
public final class ReturnedSheetsException extends Exception {
    ReturnedSheetsException(String message) {
        super(message);
    }
}
