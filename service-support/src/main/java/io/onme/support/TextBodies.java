package io.onme.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/**
 * {@link TextRules} for every request body, before Jackson binds it and before any store sees it:
 * the bytes must be well-formed UTF-8 (an overlong form, an encoded surrogate or a stray byte is a
 * 400 {@code unreadable-body}, where a lenient decoder would quietly make it U+FFFD or another
 * character), and every string in the JSON, at any depth and whatever type it binds to (text, id,
 * enum, date), must keep the rules (else a 400 {@code invalid-text} naming the field, e.g. {@code
 * steps[0].title}). One pass over the tokens; bodies are small JSON inputs. A body that is not JSON
 * is left to the reader, which answers it as unreadable.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class TextBodies implements ReaderInterceptor {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        if (TextRules.strictUtf8(body, 0, body.length) == null) {
            throw unreadable();
        }
        checkStrings(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void checkStrings(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    String flaw = TextRules.flaw(parser.getText());
                    if (flaw != null) {
                        String field = fieldOf(
                                token == JsonToken.FIELD_NAME
                                        ? parser.getParsingContext().getParent()
                                        : parser.getParsingContext());
                        throw ProblemException.invalidText(
                                field,
                                token == JsonToken.FIELD_NAME ? "field names " + flaw : flaw);
                    }
                }
            }
        } catch (JsonProcessingException notJson) {
            // the reader reports it, with the position
        }
    }

    /**
     * The client's name for where the parser is: "steps[0].title", "tactics[2]", "body" at the top.
     */
    static String fieldOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String field = String.join("", parts);
        field = field.startsWith(".") ? field.substring(1) : field;
        return field.isEmpty() ? "body" : field;
    }

    private static ProblemException unreadable() {
        return new ProblemException(
                ProblemType.UNREADABLE_BODY,
                "the request body is not well-formed UTF-8",
                List.of(new Problem.FieldError("body", "is not well-formed UTF-8")));
    }
}
