package dev.yusuan.examples.cli;

/** A command line that cannot be understood: unknown command, unknown option, missing argument. Exit status 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
