package io.onme.scoring.analysis.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.onme.scoring.analysis.Analysis;
import io.onme.scoring.analysis.Analyzer;
import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;

/**
 * Runs an analyser over labelled cases and computes the figures of the evaluation guide: stance
 * accuracy, Cohen's kappa, blame-target micro-F1 (over items labelled or predicted BLAME/MIXED) and
 * the stance confusion matrix, overall and per language.
 */
public final class Evaluation {

    /** The figures for one slice of the cases. */
    public record Report(
            String slice,
            int n,
            double accuracy,
            double kappa,
            double targetF1,
            int targetTp,
            int targetFp,
            int targetFn,
            int[][] confusion,
            List<String> errors) {

        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "== %s (n=%d)%n", slice, n));
            sb.append(String.format(Locale.ROOT, "stance accuracy  %.3f%n", accuracy));
            sb.append(String.format(Locale.ROOT, "Cohen's kappa    %.3f%n", kappa));
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "target micro-F1  %.3f  (tp=%d fp=%d fn=%d)%n",
                            targetF1,
                            targetTp,
                            targetFp,
                            targetFn));
            sb.append("confusion (rows = label, columns = predicted)\n");
            sb.append(String.format(Locale.ROOT, "%-10s", ""));
            for (Stance s : Stance.values()) {
                sb.append(String.format(Locale.ROOT, "%10s", s.name()));
            }
            sb.append('\n');
            for (Stance row : Stance.values()) {
                sb.append(String.format(Locale.ROOT, "%-10s", row.name()));
                for (Stance col : Stance.values()) {
                    sb.append(
                            String.format(
                                    Locale.ROOT, "%10d", confusion[row.ordinal()][col.ordinal()]));
                }
                sb.append('\n');
            }
            return sb.toString();
        }
    }

    private Evaluation() {
    }

    public static List<LabelledCase> read(Reader in) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<LabelledCase> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = mapper.readTree(line);
            String id = n.path("id").asText("line-" + lineNo);
            Language lang = n.hasNonNull("language")
                    ? Language.valueOf(n.get("language").asText().toUpperCase(Locale.ROOT))
                    : null;
            Stance stance = Stance.valueOf(n.path("stance").asText().toUpperCase(Locale.ROOT));
            Set<BlameTarget> targets = EnumSet.noneOf(BlameTarget.class);
            for (JsonNode t : n.path("blameTargets")) {
                targets.add(BlameTarget.valueOf(t.asText().toUpperCase(Locale.ROOT)));
            }
            out.add(new LabelledCase(id, lang, n.path("text").asText(""), stance, targets));
        }
        return out;
    }

    /**
     * Evaluates all cases and each language separately (language as labelled, not given to the
     * analyser).
     */
    public static List<Report> evaluate(Analyzer analyzer, List<LabelledCase> cases) {
        List<Analysis> results = new ArrayList<>(cases.size());
        for (LabelledCase c : cases) {
            results.add(analyzer.analyze(c.text(), null));
        }
        return reports(cases, results);
    }

    /**
     * The figures of results already computed ({@code results.get(i)} answers {@code
     * cases.get(i)}).
     */
    public static List<Report> reports(List<LabelledCase> cases, List<Analysis> results) {
        List<Report> reports = new ArrayList<>();
        reports.add(slice("overall", cases, results, null));
        for (Language l : Language.values()) {
            Report r = slice(l.name(), cases, results, l);
            if (r.n() > 0) {
                reports.add(r);
            }
        }
        return reports;
    }

    private static Report slice(
            String name, List<LabelledCase> cases, List<Analysis> results, Language only) {
        int k = Stance.values().length;
        int[][] confusion = new int[k][k];
        int n = 0;
        int correct = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            LabelledCase c = cases.get(i);
            if (only != null && c.language() != only) {
                continue;
            }
            Analysis a = results.get(i);
            n++;
            confusion[c.stance().ordinal()][a.stance().ordinal()]++;
            if (c.stance() == a.stance()) {
                correct++;
            }
            Set<BlameTarget> predicted = EnumSet.noneOf(BlameTarget.class);
            predicted.addAll(a.blameTargets());
            for (BlameTarget t : BlameTarget.values()) {
                boolean p = predicted.contains(t);
                boolean g = c.blameTargets().contains(t);
                if (p && g) {
                    tp++;
                } else if (p) {
                    fp++;
                } else if (g) {
                    fn++;
                }
            }
            if (c.stance() != a.stance() || !predicted.equals(c.blameTargets())) {
                errors.add(
                        c.id()
                                + ": expected "
                                + c.stance()
                                + c.blameTargets()
                                + " got "
                                + a.stance()
                                + predicted
                                + " — "
                                + c.text());
            }
        }
        double accuracy = n == 0 ? 0 : (double) correct / n;
        double f1 = tp + fp + fn == 0 ? 1.0 : 2.0 * tp / (2.0 * tp + fp + fn);
        return new Report(
                name, n, accuracy, kappa(confusion, n), f1, tp, fp, fn, confusion, errors);
    }

    /** Cohen's kappa from a confusion matrix: (po − pe) / (1 − pe). */
    public static double kappa(int[][] confusion, int n) {
        if (n == 0) {
            return 0;
        }
        double po = 0;
        double pe = 0;
        for (int i = 0; i < confusion.length; i++) {
            po += confusion[i][i];
            double row = 0;
            double col = 0;
            for (int j = 0; j < confusion.length; j++) {
                row += confusion[i][j];
                col += confusion[j][i];
            }
            pe += (row / n) * (col / n);
        }
        po /= n;
        return pe >= 1.0 ? (po >= 1.0 ? 1.0 : 0.0) : (po - pe) / (1 - pe);
    }
}
