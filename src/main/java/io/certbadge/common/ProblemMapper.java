package io.certbadge.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.List;

/** The one place where exceptions become RFC 9457 problem+json answers. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    private final RequestIds requestIds;

    public ProblemMapper(RequestIds requestIds) {
        this.requestIds = requestIds;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response problem = respond(e.type(), e.getMessage(), e.errors());
        if (e instanceof RateLimits.RateLimited limited) {
            return Response.fromResponse(problem).header("Retry-After", limited.retryAfterSeconds()).build();
        }
        return problem;
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e) {
        return respond(e.problemType(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return problem(JsonProblems.malformed("The request body", e));
    }

    /** Declared separately: Quarkus has its own mapper for this subtype, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response invalidParameter(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemType.MALFORMED_REQUEST, "Invalid request parameters.", errors);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(ProblemType.NOT_FOUND, "There is nothing at this address.", null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        Response problem = respond(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed here.", null);
        return Response.fromResponse(problem).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return respond(ProblemType.NOT_ACCEPTABLE, "None of the media types in Accept can be produced here.", null);
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, "This Content-Type is not accepted here.", null);
    }

    @ServerExceptionMapper
    public Response otherHttpError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json); // the JSON reader wraps parse errors, duplicate keys included
        }
        ProblemType type = status == 413 ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.MALFORMED_REQUEST;
        return respond(type, status == 413 ? "The request body is too large." : "The request could not be processed.", null);
    }

    /**
     * A form upload cut short (the body ends before its closing boundary) surfaces as the multipart
     * parser's IOException: the client's mistake. Any other IOException is ours.
     */
    @ServerExceptionMapper
    public Response io(IOException e) {
        if (clientWentAway(e)) {
            LOG.debugf("request body not received, the client closed the connection: %s", e.getMessage());
            return respond(ProblemType.MALFORMED_REQUEST, "The connection closed before the request body was complete.", null);
        }
        StackTraceElement[] stack = e.getStackTrace();
        boolean truncatedForm = stack.length > 0 && stack[0].getClassName().startsWith(MULTIPART_PARSER)
                && !(e instanceof FileSystemException);
        return truncatedForm ? respond(ProblemType.MALFORMED_REQUEST,
                "The form upload is incomplete: the body ends before the form does.", null) : internalError(e);
    }

    /**
     * A large body (a batch) is read while it streams in; a client that closes the connection
     * before sending all of it is its own failure, like a body over the limit, not an error of ours.
     */
    private static boolean clientWentAway(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return internalError(e);
    }

    private Response internalError(Throwable e) {
        String correlationId = requestIds.correlationId();
        LOG.errorf(e, "Unexpected failure, correlation id %s", correlationId);
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(Problem.internalError(correlationId)).build();
    }

    public static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(Problem.of(type, detail, errors)).build();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
