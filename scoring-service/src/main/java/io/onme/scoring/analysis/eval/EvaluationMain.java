package io.onme.scoring.analysis.eval;

import io.onme.scoring.analysis.AttributionAnalyzer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the evaluation figures of the attribution analyser for a labelled JSON Lines file:
 * <pre>
 *   ./mvnw -B -q -pl scoring-service compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *       -Dexec.mainClass=io.onme.scoring.analysis.eval.EvaluationMain \
 *       -Dexec.args="scoring-service/src/test/resources/analysis/dev-set.jsonl --errors"
 * </pre>
 * (relative paths are resolved from the directory Maven is started in), or with
 * {@code java -cp scoring-service/target/classes:<jackson jars> …EvaluationMain FILE}.
 * The file is JSON Lines in the format of ../shared/eval/dev-set.jsonl; the language label is
 * used only to split the figures, the analyser detects the language itself. {@code --errors}
 * lists the misclassified cases.
 */
public final class EvaluationMain {

    private EvaluationMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EvaluationMain FILE.jsonl [--errors]");
            System.exit(2);
            return;
        }
        boolean showErrors = args.length > 1 && args[1].equals("--errors");
        List<LabelledCase> cases;
        try (Reader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            cases = Evaluation.read(r);
        }
        AttributionAnalyzer analyzer = new AttributionAnalyzer();
        System.out.println("analyser " + analyzer.version() + ", " + cases.size() + " cases from " + args[0]);
        for (Evaluation.Report report : Evaluation.evaluate(analyzer, cases)) {
            System.out.print(report.format());
            if (showErrors && report.slice().equals("overall")) {
                report.errors().forEach(e -> System.out.println("  x " + e));
            }
        }
    }
}
