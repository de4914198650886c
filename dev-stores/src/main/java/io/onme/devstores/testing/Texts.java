package io.onme.devstores.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Arbitrary text for the services' property tests: any UTF-16 code unit (lone surrogates, C0
 * controls, U+0000), any code point of any plane (non-characters included), Hebrew and English with
 * punctuation and whitespace, and strings around the fields' length limits.
 *
 * <p>
 * jqwik's engine cannot start Quarkus, so the tests run inside {@code @QuarkusTest} and draw
 * samples here under a fixed seed: the same strings every run, and a failure names the string.
 */
public final class Texts {

    /**
     * Characters that text rules and stores are known to trip over, mixed into the other strings.
     */
    private static final List<String> AWKWARD = List.of(
            "\u0000",
            "\u0001",
            "\u0007",
            "\u001b",
            "\u007f",
            "\u0085",
            "\u00a0",
            "\u2028",
            "\u200f",
            "\u202e",
            "\ufeff",
            "\ufffd",
            "\ufffe",
            "\uffff",
            "\ufdd0",
            "\ufdef",
            "\ud800",
            "\udfff",
            "\ud83d\ude00",
            "\udbff\udfff",
            "\ud83f\udffe",
            "'",
            "\"",
            "\\",
            "%",
            "_",
            "&",
            "|",
            "!",
            ":*",
            "<",
            ">",
            "(",
            ")",
            "\t",
            "\n",
            "\r\n",
            " ",
            "  ");

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private Texts() {
    }

    public static Arbitrary<String> any(int maxLength) {
        Arbitrary<String> codeUnits = Arbitraries.strings().all().ofMaxLength(maxLength);
        Arbitrary<String> codePoints = Arbitraries.integers()
                .between(0, Character.MAX_CODE_POINT)
                .list()
                .ofMaxSize(Math.min(maxLength, 40))
                .map(Texts::fromCodePoints);
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.strings()
                        .withCharRange('\u05d0', '\u05ea')
                        .ofMinLength(1)
                        .ofMaxLength(8),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                Arbitraries.of(AWKWARD))
                .list()
                .ofMaxSize(Math.min(maxLength / 2, 30))
                .map(parts -> String.join(" ", parts));
        Arbitrary<String> clean = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u05d0', '\u05ea')
                .ofMinLength(1)
                .ofMaxLength(maxLength);
        return Arbitraries.frequencyOf(
                weighted(2, codeUnits),
                weighted(2, codePoints),
                weighted(3, words),
                weighted(3, clean),
                weighted(
                        1,
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .ofMinLength(maxLength - 2)
                                .ofMaxLength(maxLength + 2)));
    }

    /** Runs {@code check} on {@code tries} strings drawn under {@code seed}. */
    public static void forEach(
            long seed, int tries, Arbitrary<String> texts, Consumer<String> check) {
        JqwikSession.run(
                Long.toString(seed),
                () -> texts.sampleStream()
                        .limit(tries)
                        .forEach(
                                text -> {
                                    try {
                                        check.accept(text);
                                    } catch (AssertionError | RuntimeException e) {
                                        throw new AssertionError(
                                                "with the text \""
                                                        + escape(text)
                                                        + "\": "
                                                        + e.getMessage(),
                                                e);
                                    }
                                }));
    }

    /**
     * The value as JSON with every non-ASCII character escaped, so that a lone surrogate reaches
     * the service as the escape {@code \\uD800} (valid JSON) instead of being lost in UTF-8
     * encoding.
     */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * What is left of the text after a trip through UTF-8 (lone surrogates become "?"), as a URI
     * carries it.
     */
    public static String asUtf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** The string with everything outside printable ASCII as \\uXXXX, for messages. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static String fromCodePoints(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }

    private static Tuple.Tuple2<Integer, Arbitrary<? extends String>> weighted(
            int weight, Arbitrary<String> a) {
        return Tuple.of(weight, a);
    }
}
