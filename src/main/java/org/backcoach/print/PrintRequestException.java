package org.backcoach.print;

/** A printout was asked for something that does not exist (an unknown exercise or phase id). */
public final class PrintRequestException extends RuntimeException {

    public PrintRequestException(String message) {
        super(message);
    }
}
