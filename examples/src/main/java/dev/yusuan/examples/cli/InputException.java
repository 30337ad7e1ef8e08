package dev.yusuan.examples.cli;

/**
 * A file that cannot be read or is not a valid document. Exit status 2; the message has the form
 * {@code FILE: LINE:COLUMN: problem} (or {@code FILE: problem} when there is no position).
 */
final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }
}
