package io.onme.scoring.analysis;

/**
 * One unit of the scanned text. Word tokens carry their normalised form; a contraction ("wasn't")
 * yields several word tokens that share the original span. Break tokens mark clause and sentence
 * boundaries found in punctuation.
 *
 * @param start UTF-16 index of the first char in the original text
 * @param end UTF-16 index after the last char in the original text
 * @param norm normalised form (lower case, no niqqud, no final letters, no geresh), or the
 *        punctuation for break tokens
 */
record Token(Kind kind, int start, int end, String norm, boolean hebrew) {

    enum Kind {
        WORD,
        CLAUSE_BREAK,
        SENTENCE_BREAK
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }
}
