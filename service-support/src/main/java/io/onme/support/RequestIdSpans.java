package io.onme.support;

import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Puts the request id ({@link RequestIds}) on every span a request starts: the REST-client, store
 * and method spans inside it, so each span of a trace leads back to the request's log lines.
 * Quarkus adds every {@link SpanProcessor} bean to the tracer; with tracing off (the default,
 * {@code OTEL_SDK_DISABLED}) it is never called.
 */
@Singleton
public class RequestIdSpans implements SpanProcessor {

    /** The span attribute: {@code onme.request_id}. */
    public static final AttributeKey<String> ATTRIBUTE = AttributeKey.stringKey("onme.request_id");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        String id = requestIdOf(parentContext);
        if (id != null) {
            span.setAttribute(ATTRIBUTE, id);
        }
    }

    /** The id of the request being handled, else the parent span's (work it handed off). */
    static String requestIdOf(Context parentContext) {
        Object logged = MDC.get(RequestIds.MDC_KEY);
        if (logged != null) {
            return logged.toString();
        }
        return Span.fromContext(parentContext) instanceof ReadableSpan parent
                ? parent.getAttribute(ATTRIBUTE)
                : null;
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
