package io.onme.playbook.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.onme.playbook.domain.Language;
import io.onme.playbook.domain.PlaybookContent;
import io.onme.playbook.domain.PlaybookStatus;
import io.onme.playbook.domain.StepData;
import io.onme.playbook.service.Archetype;
import io.onme.playbook.service.Playbook;
import io.onme.playbook.service.PlaybookRules;
import io.onme.support.Caller;

/** The services' playbooks and archetypes to wire records, explicitly. */
final class PlaybookMapper {

    private PlaybookMapper() {
    }

    static ArchetypeDto toDto(Archetype a) {
        Map<Language, String> name = new LinkedHashMap<>();
        name.put(Language.HE, a.nameHe());
        name.put(Language.EN, a.nameEn());
        Map<Language, List<String>> signals = new LinkedHashMap<>();
        signals.put(Language.HE, a.signalsHe());
        signals.put(Language.EN, a.signalsEn());
        Map<Language, String> stance = new LinkedHashMap<>();
        stance.put(Language.HE, a.stanceHe());
        stance.put(Language.EN, a.stanceEn());
        return new ArchetypeDto(a.key(), a.difficulty(), name, signals, stance);
    }

    static PlaybookDto toDto(Playbook p, Caller caller) {
        Integer draftVersion = p.draft() != null && PlaybookRules.mayEdit(caller, p) ? p.version() + 1 : null;
        return new PlaybookDto(
                p.id(),
                p.archetype(),
                p.language(),
                p.title(),
                p.stance(),
                steps(p.steps()),
                list(p.phrasesToUse()),
                list(p.phrasesToAvoid()),
                p.teamId(),
                list(p.tags()),
                p.version(),
                p.status(),
                p.builtIn(),
                p.revision(),
                draftVersion,
                p.forkedFrom(),
                p.updatedAt());
    }

    /**
     * A content snapshot (a pending draft or a published version) shown under its playbook's
     * identity.
     */
    static PlaybookDto toDto(
            Playbook p, PlaybookContent c, int version, PlaybookStatus status, Instant at) {
        return new PlaybookDto(
                p.id(),
                c.archetype(),
                c.language(),
                c.title(),
                c.stance(),
                steps(c.steps()),
                list(c.phrasesToUse()),
                list(c.phrasesToAvoid()),
                c.teamId(),
                list(c.tags()),
                version,
                status,
                p.builtIn(),
                p.revision(),
                null,
                p.forkedFrom(),
                at);
    }

    static List<PlaybookDto.StepDto> steps(List<StepData> steps) {
        List<PlaybookDto.StepDto> out = new ArrayList<>();
        if (steps != null) {
            for (int i = 0; i < steps.size(); i++) {
                out.add(
                        new PlaybookDto.StepDto(
                                i + 1, steps.get(i).title(), steps.get(i).detail()));
            }
        }
        return out;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
