package org.cepkit.cli;

/**
 * A usage error found by a command once its options are parsed (a bad date, an unreadable operators file…), with
 * its message already in the command's language: the command stops with exit status 2.
 */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
