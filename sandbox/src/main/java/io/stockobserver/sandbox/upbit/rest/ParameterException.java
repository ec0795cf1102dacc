package io.stockobserver.sandbox.upbit.rest;

/** A missing or bad query parameter; the endpoint answers Upbit's 400 "Invalid parameter. Check the given value!". */
final class ParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ParameterException(String problem) {
        super(problem);
    }
}
