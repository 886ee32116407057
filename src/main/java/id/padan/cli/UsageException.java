package id.padan.cli;

/** The command cannot do what was asked for a reason the user can fix; printed as it is, exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
