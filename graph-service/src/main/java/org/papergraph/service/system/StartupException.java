package org.papergraph.service.system;

/**
 * A reason the service cannot start that the user can fix (a data directory in use, a port
 * taken, a store from another version, a full disk), with one sentence that names the path or
 * port. The command line prints the sentence alone and exits with status 2.
 */
public class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code sentence} is what the user reads. */
    public StartupException(String sentence, Throwable cause) {
        super(sentence, cause);
    }

    /** Creates the exception; {@code sentence} is what the user reads. */
    public StartupException(String sentence) {
        super(sentence);
    }
}
