package id.padan.warehouse;

/** The warehouse's encryption key is missing, unsafe, wrong, or cannot be used on this machine: a user error. */
public final class WarehouseKeyException extends Exception {
    public WarehouseKeyException(String message) {
        super(message);
    }
}
