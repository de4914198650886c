package io.onme.scoring.analysis.training;

import java.util.List;
import java.util.Set;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;

/** A handful of labelled items for tests of the training machinery (not of accuracy). */
final class TinyCorpus {

    private TinyCorpus() {
    }

    static List<CorpusItem> items() {
        return List.of(
                item(
                        "t1",
                        "I never asked who signs off; next time I map the decision makers first.",
                        Stance.OWNERSHIP),
                item(
                        "t2",
                        "The customer is cheap and wastes my time.",
                        Stance.BLAME,
                        BlameTarget.CUSTOMER),
                item(
                        "t3",
                        "Shipping lost the order again and they walked.",
                        Stance.BLAME,
                        BlameTarget.OPERATIONS),
                item("t4", "I'm just not built for this job.", Stance.HELPLESS),
                item("t5", "Met the buyer, follow-up on Tuesday.", Stance.NEUTRAL),
                item(
                        "t6",
                        "Half of it was our price, half was me not showing the value.",
                        Stance.MIXED,
                        BlameTarget.PRICE),
                item(
                        "t7",
                        "My boss refused the discount, so we lost it.",
                        Stance.BLAME,
                        BlameTarget.MANAGEMENT),
                item("t8", "The competitor undercut us by 20%.", Stance.BLAME, BlameTarget.MARKET),
                item(
                        "t9",
                        "The app crashed during the demo and he left.",
                        Stance.BLAME,
                        BlameTarget.PRODUCT),
                item("t10", "That's on me, I talked too much.", Stance.OWNERSHIP));
    }

    private static CorpusItem item(String id, String text, Stance stance, BlameTarget... targets) {
        return new CorpusItem(
                id,
                Language.EN,
                text,
                stance,
                Set.of(targets),
                "tiny",
                "clean",
                "READY",
                "none",
                Corpus.TRAIN);
    }
}
