package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexicon of every language pack as {@link Pattern}s: each {@code [CUE target=… theme=…
 * priority=…]} section of a pack's {@code lexicon.txt}, each source expanded by {@link
 * PatternSource}. Packs are read in {@link LanguagePack#ALL} order.
 */
final class PackLexicon {

    private PackLexicon() {
    }

    static List<Pattern> patterns() {
        List<Pattern> out = new ArrayList<>();
        for (LanguagePack pack : LanguagePack.ALL) {
            for (LanguagePack.Section s : pack.lexicon()) {
                Cue cue = Cue.valueOf(s.name());
                String target = s.attributes().get("target");
                BlameTarget t = target == null ? null : BlameTarget.valueOf(target);
                String theme = s.attributes().get("theme");
                int priority = Integer.parseInt(s.attributes().getOrDefault("priority", "0"));
                for (String source : s.lines()) {
                    for (String src : PatternSource.expand(source)) {
                        addOne(out, cue, t, theme, priority, src);
                    }
                }
            }
        }
        return out;
    }

    private static void addOne(
            List<Pattern> out,
            Cue cue,
            BlameTarget target,
            String theme,
            int priority,
            String src) {
        int space = src.indexOf(' ');
        String first = space < 0 ? src : src.substring(0, space);
        if (first.endsWith("?") && space > 0) {
            // an optional first word: index the pattern with and without it
            addOne(
                    out,
                    cue,
                    target,
                    theme,
                    priority,
                    first.substring(0, first.length() - 1) + src.substring(space));
            addOne(out, cue, target, theme, priority, src.substring(space + 1));
        } else if (first.equals("..")) {
            addOne(out, cue, target, theme, priority, src.substring(space + 1));
        } else {
            out.add(new Pattern(src, cue, target, theme, priority));
        }
    }
}
