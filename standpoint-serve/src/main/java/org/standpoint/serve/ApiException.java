package org.standpoint.serve;

/** A request the API refuses: the server answers with the status and a JSON body naming what was wrong. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String parameter;

    private ApiException(int status, String message, String parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    /** 400: a parameter that is malformed, out of range or not one the endpoint takes. */
    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, message, parameter);
    }

    /** 404: the path names something the database does not hold. */
    public static ApiException notFound(String message) {
        return new ApiException(404, message, null);
    }

    /** 405: a method other than GET or HEAD; the caller sets the {@code Allow} header. */
    public static ApiException methodNotAllowed(String message) {
        return new ApiException(405, message, null);
    }

    public int status() {
        return status;
    }

    /** The offending parameter, or null. */
    public String parameter() {
        return parameter;
    }
}
