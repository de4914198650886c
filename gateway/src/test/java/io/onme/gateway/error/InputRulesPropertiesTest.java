package io.onme.gateway.error;

import java.math.BigDecimal;
import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the gateway's input rules, for arbitrary text and numbers (jqwik): {@link
 * InputText} agrees with the rule written out over code points, finds a bad character wherever it
 * is put, passes all other text; {@link InputValues} takes exactly the whole numbers of 32 bits as
 * {@code Int}.
 */
class InputRulesPropertiesTest {

    /**
     * The rule as the README states it, code point by code point (an unpaired surrogate is its own
     * code point).
     */
    static int reference(String text) {
        int index = 0;
        for (int codePoint : text.codePoints().toArray()) {
            boolean control = codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
            boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
            boolean nonCharacter = codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFF) >= 0xFFFE;
            if (control || surrogate || nonCharacter) {
                return index;
            }
            index += Character.charCount(codePoint);
        }
        return -1;
    }

    @Property(tries = 2000)
    void agreesWithTheRuleOverCodePoints(@ForAll("anyText") String text) {
        if (InputText.firstInvalid(text) != reference(text)) {
            throw new AssertionError(
                    "for "
                            + escaped(text)
                            + ": "
                            + InputText.firstInvalid(text)
                            + " but the rule says "
                            + reference(text));
        }
    }

    @Property(tries = 1000)
    void findsABadCharacterWhereverItIsPut(
            @ForAll("goodText") String text,
            @ForAll("badCharacter") char bad,
            @ForAll @IntRange(min = 0, max = 40) int at) {
        int position = Math.min(at, text.length());
        if (position > 0 && Character.isHighSurrogate(text.charAt(position - 1))) {
            position--; // not inside a pair
        }
        String poisoned = text.substring(0, position) + bad + text.substring(position);
        if (InputText.firstInvalid(poisoned) != position) {
            throw new AssertionError(
                    escaped(poisoned)
                            + ": expected "
                            + position
                            + ", found "
                            + InputText.firstInvalid(poisoned));
        }
    }

    @Property(tries = 1000)
    void passesAllOtherText(@ForAll("goodText") String text) {
        if (InputText.firstInvalid(text) != -1) {
            throw new AssertionError(escaped(text) + " refused at " + InputText.firstInvalid(text));
        }
    }

    @Property(tries = 1000)
    void anIntIsAWholeNumberOf32Bits(@ForAll("numbers") BigDecimal number) {
        boolean whole = number.stripTrailingZeros().scale() <= 0;
        boolean fits = number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                && number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
        if (InputValues.acceptsValue("Int", number) != (whole && fits)) {
            throw new AssertionError(number + ": " + InputValues.acceptsValue("Int", number));
        }
        if (whole && !InputValues.acceptsValue("ID", number)) {
            throw new AssertionError(number + " is a whole number, so an ID");
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                goodText(),
                Arbitraries.strings()
                        .withChars(
                                "\u0000\t\n\r\u001b a\uD83D\uDCA1\uD800\uDFFF\uFDD0\uFDEF\uFFFE\uFFFF"
                                        + "\uDBFF\uDFFF\uD83F\uDFFE\u05D0")
                        .ofMaxLength(12));
    }

    /** Text anyone might type: any code point the rule accepts, astral ones included. */
    @Provide
    Arbitrary<String> goodText() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x20, 0xD7FF)),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.of((int) '\t', (int) '\n', (int) '\r')),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0xE000, 0xFDCF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xFDF0, 0xFFFD)),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.integers()
                                .between(0x10000, 0x10FFFF)
                                .filter(point -> (point & 0xFFFF) < 0xFFFE)));
        return codePoint
                .list()
                .ofMaxSize(30)
                .map(
                        points -> {
                            StringBuilder text = new StringBuilder();
                            points.forEach(text::appendCodePoint);
                            return text.toString();
                        });
    }

    @Provide
    Arbitrary<Character> badCharacter() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u0008'),
                Arbitraries.chars().range('\u000B', '\u000C'),
                Arbitraries.chars().range('\u000E', '\u001F'),
                Arbitraries.chars().range('\uD800', '\uDFFF'),
                Arbitraries.chars().range('\uFDD0', '\uFDEF'),
                Arbitraries.of('\uFFFE', '\uFFFF'));
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
        Arbitrary<BigDecimal> wholes = Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(12).negate(), BigInteger.TEN.pow(12))
                .map(BigDecimal::new);
        Arbitrary<BigDecimal> edges = Arbitraries.of(Integer.MAX_VALUE, Integer.MIN_VALUE, 0)
                .flatMap(
                        edge -> Arbitraries.integers()
                                .between(-2, 2)
                                .map(
                                        delta -> BigDecimal.valueOf(
                                                (long) edge + delta)));
        Arbitrary<BigDecimal> fractions = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-3, 3))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
        Arbitrary<BigDecimal> huge = Arbitraries.integers()
                .between(11, 400)
                .map(digits -> new BigDecimal("9".repeat(digits)));
        return Arbitraries.oneOf(wholes, edges, fractions, huge);
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars()
                .forEach(
                        c -> out.append(
                                c >= 0x20 && c < 0x7F
                                        ? String.valueOf((char) c)
                                        : String.format("\\u%04x", c)));
        return out.append('"').toString();
    }
}
