package io.phasescope.model.train;

/**
 * Training produced a non-finite loss or parameters. The engine's parameters are restored to the last
 * finite state before this is thrown.
 */
public final class DivergenceException extends RuntimeException {

    public DivergenceException(String message) {
        super(message);
    }
}
