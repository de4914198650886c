package io.onme.scoring.analysis;

import java.util.List;

/** The features of a whole text exactly as the analyser computes them, for training the models. */
public final class TextFeatures {

    private final RuleEngine rules = new RuleEngine();

    /**
     * What the features depend on besides the text: the analyser's code version and the language
     * packs' content. Part of the trained models' id.
     */
    public String fingerprint() {
        return AttributionAnalyzer.VERSION
                + "/"
                + java.util.HexFormat.of().formatHex(LanguagePack.digest());
    }

    /**
     * @param language null to detect it, as the analyser does
     */
    public List<String> of(String text, Language language) {
        return FeatureExtractor.ofText(rules.read(text, language, List.of()));
    }
}
