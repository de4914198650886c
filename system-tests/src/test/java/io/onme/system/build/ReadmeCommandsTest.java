package io.onme.system.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The commands the READMEs give run as written on a fresh clone, as far as that can be known
 * without running them (they start stacks, clusters and builds of many minutes). Read are every
 * README.md's fenced {@code bash}/{@code sh}/{@code shell} blocks, and the inline {@code ./mvnw
 * ...} and {@code ./onme ...} spans that are not usage synopses (none of {@code [ < |}). Checked:
 *
 * <ul>
 * <li>each block and span parses ({@code bash -n});
 * <li>a program is a known tool (curl, kubectl, helm, docker, java, node, npm, git, jq, …) or a
 * path that exists and is executable (a script of the repository);
 * <li>{@code ./mvnw}: known options; every {@code -pl} module exists and is in the root pom's
 * modules; a module that depends on another module of the build is built with {@code -am} (on
 * a fresh clone nothing is installed in ~/.m2); goals are phases or goals of a plugin the
 * build has; {@code -Dtest} names test classes (or packages) that exist in those modules, and
 * with {@code -am} or no {@code -pl} comes with {@code
 *       -Dsurefire.failIfNoSpecifiedTests=false} (else every module without such a test fails the
 * build);
 * <li>{@code ./onme}: the verb is one the launcher dispatches and its usage (the script's header)
 * names, and every {@code --flag} is one that usage lists for that verb;
 * <li>{@code npm}: run where a package.json is, and {@code npm test} / {@code npm run X} name a
 * script it has; {@code node F}, {@code docker build -f F}, {@code kubectl apply -k D},
 * {@code kubectl kustomize D}, {@code git diff F}, {@code cd D}: the file or folder exists;
 * <li>{@code java -jar M/target/...} and {@code java -cp ... Class}: the module exists, the class
 * has a source file in some module.
 * </ul>
 *
 * Words with a {@code $} (variables, substitutions) and build outputs ({@code target/}, {@code
 * data/}) are not looked up; the commands inside {@code $(...)} are checked like the others.
 */
class ReadmeCommandsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Tools a reader installs (the READMEs say which); not looked up on this machine. */
    private static final Set<String> TOOLS = Set.of(
            "curl", "jq", "kubectl", "helm", "docker", "git", "java", "node", "npm", "cp",
            "cat", "rm", "shred", "openssl", "less", "echo", "export", "sleep", "wait",
            "cd");

    private static final Set<String> SHELL_WORDS = Set.of("for", "do", "done", "then", "fi", "if", "else", "while", "in");

    private static final Set<String> MAVEN_PHASES = Set.of(
            "clean",
            "validate",
            "compile",
            "test-compile",
            "test",
            "package",
            "verify",
            "install",
            "integration-test");

    /** Plugin prefixes the build declares (root pom) or Maven always resolves. */
    private static final Set<String> MAVEN_PLUGINS = Set.of("quarkus", "dependency", "formatter", "impsort");

    record Command(String where, String text) {
    }

    @Test
    void everyReadmeCommandParsesAndNamesWhatExists() {
        List<Command> commands = readmeCommands();
        assertTrue(commands.size() > 30, "the READMEs give commands: " + commands.size());
        List<String> problems = new ArrayList<>();
        for (Command c : commands) {
            String parse = bashParse(c.text());
            if (parse != null) {
                problems.add(c.where() + ": does not parse: " + parse);
            }
            for (String line : logicalLines(c.text())) {
                check(line).forEach(p -> problems.add(c.where() + ": " + p + "\n    in: " + line));
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void aMissingModuleTestScriptVerbFlagOrNpmScriptIsCaught() {
        for (String broken : List.of(
                "./mvnw -pl no-such-module -am verify",
                "./mvnw -pl gateway test-compile",
                "./mvnw -pl gateway -am verify -Dtest=NoSuchTest"
                        + " -Dsurefire.failIfNoSpecifiedTests=false",
                "./mvnw -pl gateway -am verify -Dtest=SchemaContractResourceTest",
                "./mvnw -pl gateway -am -pll verify",
                "./mvnw -pl gateway -am nosuch:goal",
                "./onme launch",
                "./onme token --roles admin",
                "TOKEN=$(./onme token --roles admin)",
                "cd web && npm run nope",
                "cd nowhere && npm test",
                "./k8s/no-such-script.sh",
                "kubectl apply -k k8s/overlays/staging",
                "java -cp gateway/target/test-classes io.onme.gateway.load.NoSuchScenario",
                "java -jar no-such-module/target/quarkus-app/quarkus-run.jar",
                "mvn -pl gateway -am verify")) {
            assertFalse(check(broken).isEmpty(), "caught: " + broken);
        }
        assertEquals(
                "does not parse",
                bashParse("for s in a b; do echo $s") == null ? "parses" : "does not parse");
        for (String fine : List.of(
                "./mvnw -pl gateway -am package -DskipTests",
                "./mvnw -B -q -pl system-tests -am test -Dtest='io.onme.system.k8s.**'"
                        + " -Dsurefire.failIfNoSpecifiedTests=false",
                "TOKEN=$(./onme token --user avi --role coach --team north)",
                "cd web && npm ci && npm test",
                "./onme up --idp keycloak")) {
            assertEquals(List.of(), check(fine), fine);
        }
    }

    // --- reading the READMEs

    private static final Pattern FENCE = Pattern.compile("^```(\\w*)[^\\n]*\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);

    private static final Pattern INLINE = Pattern.compile("`(\\./(?:mvnw|onme)(?: [^`]*)?)`");

    static List<Command> readmeCommands() {
        List<Command> commands = new ArrayList<>();
        for (Path readme : readmes()) {
            String text = read(readme);
            String name = ROOT.relativize(readme).toString();
            Matcher fence = FENCE.matcher(text);
            while (fence.find()) {
                if (Set.of("bash", "sh", "shell").contains(fence.group(1))) {
                    commands.add(
                            new Command(name + ":" + lineOf(text, fence.start()), fence.group(2)));
                }
            }
            String prose = FENCE.matcher(text).replaceAll("");
            Matcher inline = INLINE.matcher(prose);
            while (inline.find()) {
                String span = inline.group(1).replace('\n', ' '); // prose wraps code spans too
                if (span.matches(".*[\\[<|].*")) {
                    continue; // a usage synopsis, not a command
                }
                commands.add(new Command(name + " (`" + span + "`)", span));
            }
        }
        return commands;
    }

    private static List<Path> readmes() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.getFileName().toString().equals("README.md"))
                    .filter(
                            p -> {
                                String rel = ROOT.relativize(p).toString();
                                return !rel.contains("node_modules")
                                        && !rel.contains("/target/")
                                        && !rel.startsWith("target/")
                                        && !rel.startsWith("data/")
                                        && !rel.startsWith(".");
                            })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 2;
    }

    /** Null when bash parses the text, else what bash said. */
    static String bashParse(String script) {
        try {
            Path file = Files.createTempFile("readme-command", ".sh");
            try {
                Files.writeString(file, script + "\n");
                Process bash = new ProcessBuilder("bash", "-n", file.toString())
                        .redirectErrorStream(true)
                        .start();
                String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash -n answers");
                return bash.exitValue() == 0 ? null : out.strip();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The lines of a block with backslash continuations joined and comments dropped. */
    static List<String> logicalLines(String block) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : block.split("\n")) {
            String line = stripComment(raw);
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            if (!current.toString().isBlank()) {
                lines.add(current.toString().strip());
            }
            current.setLength(0);
        }
        if (!current.toString().isBlank()) {
            lines.add(current.toString().strip());
        }
        return lines;
    }

    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line.stripTrailing();
    }

    // --- checking one command line

    /** What is wrong with one logical command line (empty when nothing is). */
    static List<String> check(String line) {
        List<String> problems = new ArrayList<>();
        List<String> substitutions = new ArrayList<>();
        String outer = extractSubstitutions(line, substitutions);
        for (String inner : substitutions) {
            problems.addAll(check(inner));
        }
        Path cwd = ROOT;
        for (List<String> words : simpleCommands(outer)) {
            int i = 0;
            while (i < words.size()
                    && (SHELL_WORDS.contains(words.get(i))
                            || words.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=.*"))) {
                if (words.get(i).equals("for") || words.get(i).equals("in")) {
                    i = words.size(); // a loop header: its words are data
                    break;
                }
                i++;
            }
            if (i >= words.size()) {
                continue;
            }
            String program = words.get(i);
            List<String> args = withoutRedirections(words.subList(i + 1, words.size()));
            if (program.equals("cd")) {
                Path to = args.isEmpty() ? ROOT : cwd.resolve(args.get(0)).normalize();
                if (!Files.isDirectory(to)) {
                    problems.add("cd into a folder that does not exist: " + args);
                    return problems;
                }
                cwd = to;
                continue;
            }
            problems.addAll(checkProgram(cwd, program, args));
        }
        return problems;
    }

    private static List<String> checkProgram(Path cwd, String program, List<String> args) {
        List<String> problems = new ArrayList<>();
        switch (program) {
            case "./mvnw" -> problems.addAll(checkMaven(cwd, args));
            case "./onme" -> problems.addAll(checkLauncher(cwd, args));
            case "npm" -> problems.addAll(checkNpm(cwd, args));
            case "node" -> {
                if (!args.isEmpty() && !args.get(0).startsWith("-")) {
                    requireFile(cwd, args.get(0), problems);
                }
            }
            case "java" -> problems.addAll(checkJava(cwd, args));
            case "docker" -> {
                int f = args.indexOf("-f");
                if (args.contains("build") && f >= 0 && f + 1 < args.size()) {
                    requireFile(cwd, args.get(f + 1), problems);
                }
            }
            case "kubectl" -> {
                int k = args.indexOf("-k");
                if (k >= 0 && k + 1 < args.size()) {
                    requireFile(cwd, args.get(k + 1), problems);
                }
                if (!args.isEmpty() && args.get(0).equals("kustomize") && args.size() > 1) {
                    requireFile(cwd, args.get(1), problems);
                }
            }
            case "git" -> {
                if (!args.isEmpty() && args.get(0).equals("diff")) {
                    args.stream()
                            .skip(1)
                            .filter(a -> !a.startsWith("-"))
                            .forEach(a -> requireFile(cwd, a, problems));
                }
            }
            default -> {
                if (program.contains("/")) {
                    Path script = cwd.resolve(program).normalize();
                    if (!Files.isRegularFile(script) || !Files.isExecutable(script)) {
                        problems.add("no executable " + program);
                    }
                } else if (!TOOLS.contains(program)) {
                    problems.add(
                            "unknown program '"
                                    + program
                                    + "' (neither a known tool nor a script of the repository)");
                }
            }
        }
        return problems;
    }

    private static void requireFile(Path cwd, String path, List<String> problems) {
        if (isGenerated(path)) {
            return;
        }
        if (!Files.exists(cwd.resolve(path).normalize())) {
            problems.add("no file or folder " + path);
        }
    }

    private static boolean isGenerated(String path) {
        return path.contains("$")
                || path.contains("/target/")
                || path.startsWith("target/")
                || path.startsWith("data/")
                || path.startsWith("http://")
                || path.startsWith("https://")
                || path.startsWith("/")
                || path.equals("-")
                || path.equals(".");
    }

    // --- ./mvnw

    private static final Set<String> MAVEN_FLAGS = Set.of("-B", "-q", "-o", "-e", "-U", "-X", "-am", "-amd", "-N",
            "--batch-mode");

    private static List<String> checkMaven(Path cwd, List<String> args) {
        List<String> problems = new ArrayList<>();
        if (!cwd.equals(ROOT)) {
            problems.add("./mvnw run outside the repository root");
            return problems;
        }
        List<String> modules = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        boolean alsoMake = false;
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = unquote(args.get(i));
            if (a.equals("-pl") || a.equals("--projects")) {
                if (i + 1 < args.size()) {
                    modules.addAll(List.of(unquote(args.get(++i)).split(",")));
                }
            } else if (a.equals("-am") || a.equals("--also-make")) {
                alsoMake = true;
            } else if (a.startsWith("-D")) {
                String[] kv = a.substring(2).split("=", 2);
                properties.put(kv[0], kv.length > 1 ? kv[1] : "true");
            } else if (a.startsWith("-P") || a.equals("-T")) {
                if (a.equals("-T") || a.equals("-P")) {
                    i++;
                }
            } else if (a.startsWith("-")) {
                if (!MAVEN_FLAGS.contains(a)) {
                    problems.add("./mvnw option " + a + " is not one this checker knows");
                }
            } else {
                goals.add(a);
            }
        }
        Set<String> reactor = reactorModules();
        for (String m : modules) {
            if (!reactor.contains(m) || !Files.isRegularFile(ROOT.resolve(m).resolve("pom.xml"))) {
                problems.add("-pl names " + m + ", which is not a module of the build " + reactor);
            }
        }
        if (!modules.isEmpty() && !alsoMake) {
            for (String m : modules) {
                if (reactor.contains(m) && !projectDependencies(m).isEmpty()) {
                    problems.add(
                            m
                                    + " depends on "
                                    + projectDependencies(m)
                                    + ": on a fresh clone -pl "
                                    + m
                                    + " needs -am");
                }
            }
        }
        if (goals.isEmpty()) {
            problems.add("./mvnw without a goal or phase");
        }
        for (String g : goals) {
            if (g.contains(":")) {
                if (!MAVEN_PLUGINS.contains(g.substring(0, g.indexOf(':')))) {
                    problems.add("goal " + g + " of a plugin the build does not have");
                }
            } else if (!MAVEN_PHASES.contains(g)) {
                problems.add("'" + g + "' is no Maven phase");
            }
        }
        String test = properties.get("test");
        if (test != null) {
            List<String> where = modules.isEmpty() ? List.copyOf(reactor) : modules.stream().toList();
            for (String pattern : test.split(",")) {
                if (!testExists(pattern.strip(), where)) {
                    problems.add("-Dtest=" + pattern + " names no test class of " + where);
                }
            }
            boolean manyModules = modules.isEmpty() || alsoMake || modules.size() > 1;
            if (manyModules && !"false".equals(properties.get("surefire.failIfNoSpecifiedTests"))) {
                problems.add(
                        "-Dtest over several modules fails in those without that test:"
                                + " add -Dsurefire.failIfNoSpecifiedTests=false");
            }
        }
        return problems;
    }

    private static boolean testExists(String pattern, List<String> modules) {
        String name = pattern.contains("#") ? pattern.substring(0, pattern.indexOf('#')) : pattern;
        for (String m : modules) {
            Path tests = ROOT.resolve(m).resolve("src/test/java");
            if (!Files.isDirectory(tests)) {
                continue;
            }
            if (name.endsWith(".**") || name.endsWith(".*")) {
                String pkg = name.substring(0, name.lastIndexOf('.'));
                if (Files.isDirectory(tests.resolve(pkg.replace('.', '/')))) {
                    return true;
                }
                continue;
            }
            String file = name.substring(name.lastIndexOf('.') + 1) + ".java";
            try (Stream<Path> all = Files.walk(tests)) {
                if (all.anyMatch(p -> p.getFileName().toString().equals(file))) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    static Set<String> reactorModules() {
        Set<String> modules = new LinkedHashSet<>();
        Matcher m = MODULE.matcher(read(ROOT.resolve("pom.xml")));
        while (m.find()) {
            modules.add(m.group(1).strip());
        }
        return modules;
    }

    private static final Pattern ONME_DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>io\\.onme</groupId>\\s*<artifactId>([^<]+)</artifactId>");

    /** The modules of this build the module's pom depends on. */
    static Set<String> projectDependencies(String module) {
        Set<String> deps = new LinkedHashSet<>();
        Matcher m = ONME_DEPENDENCY.matcher(read(ROOT.resolve(module).resolve("pom.xml")));
        while (m.find()) {
            deps.add(m.group(1));
        }
        return deps;
    }

    // --- ./onme

    private static final Pattern USAGE = Pattern.compile("^#\\s+\\./onme (\\S+)(.*)$");

    private static final Pattern DISPATCH = Pattern.compile("^  ([a-z][a-z-]*)\\)");

    /**
     * The launcher's verbs (its usage header and its dispatch both) to the flags their usage lists.
     */
    static Map<String, Set<String>> launcherVerbs() {
        List<String> script = List.of(read(ROOT.resolve("onme")).split("\n"));
        Map<String, Set<String>> usage = new LinkedHashMap<>();
        for (String line : script) {
            if (!line.startsWith("#")) {
                if (!line.isBlank() && !line.startsWith("#!")) {
                    break;
                }
                continue;
            }
            Matcher m = USAGE.matcher(line);
            if (m.matches()) {
                Set<String> flags = usage.computeIfAbsent(m.group(1), v -> new LinkedHashSet<>());
                Matcher flag = Pattern.compile("--[a-z][a-z-]*").matcher(m.group(2));
                while (flag.find()) {
                    flags.add(flag.group());
                }
            }
        }
        Set<String> dispatched = new LinkedHashSet<>();
        boolean inDispatch = false;
        for (String line : script) {
            if (line.startsWith("case \"$verb\" in")) {
                inDispatch = true;
            } else if (inDispatch) {
                Matcher m = DISPATCH.matcher(line);
                if (m.find()) {
                    dispatched.add(m.group(1));
                }
            }
        }
        usage.keySet().retainAll(dispatched);
        return usage;
    }

    private static List<String> checkLauncher(Path cwd, List<String> args) {
        if (!cwd.equals(ROOT)) {
            return List.of("./onme run outside the repository root");
        }
        if (args.isEmpty()) {
            return List.of(); // prints its usage
        }
        Map<String, Set<String>> verbs = launcherVerbs();
        String verb = args.get(0);
        if (!verbs.containsKey(verb)) {
            return List.of("./onme has no verb '" + verb + "' (it has " + verbs.keySet() + ")");
        }
        List<String> problems = new ArrayList<>();
        for (String a : args.subList(1, args.size())) {
            if (a.startsWith("-") && !verbs.get(verb).contains(a)) {
                problems.add(
                        "./onme "
                                + verb
                                + " takes no "
                                + a
                                + " (it takes "
                                + verbs.get(verb)
                                + ")");
            }
        }
        return problems;
    }

    // --- npm, java

    private static List<String> checkNpm(Path cwd, List<String> args) {
        Path manifest = cwd.resolve("package.json");
        if (!Files.isRegularFile(manifest)) {
            return List.of("npm run where there is no package.json: " + ROOT.relativize(cwd));
        }
        if (args.isEmpty()) {
            return List.of("npm without a command");
        }
        String script = switch (args.get(0)) {
            case "test", "t", "start" -> args.get(0).equals("t") ? "test" : args.get(0);
            case "run", "run-script" -> args.size() > 1 ? args.get(1) : null;
            default -> null;
        };
        if (script == null) {
            return List.of();
        }
        try {
            JsonNode scripts = new ObjectMapper().readTree(manifest.toFile()).path("scripts");
            return scripts.has(script)
                    ? List.of()
                    : List.of(
                            ROOT.relativize(manifest)
                                    + " has no script '"
                                    + script
                                    + "' (it has "
                                    + iterable(scripts.fieldNames())
                                    + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static List<String> checkJava(Path cwd, List<String> args) {
        List<String> problems = new ArrayList<>();
        Set<String> reactor = reactorModules();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-jar") && i + 1 < args.size()) {
                String jar = args.get(i + 1);
                String module = jar.contains("/") ? jar.substring(0, jar.indexOf('/')) : "";
                if (!jar.contains("$") && !reactor.contains(module)) {
                    problems.add("java -jar " + jar + ": no module " + module + " builds it");
                }
                return problems;
            }
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                i++;
                continue;
            }
            if (a.startsWith("-")) {
                continue;
            }
            String source = a.replace('.', '/') + ".java";
            boolean found = reactor.stream()
                    .anyMatch(
                            m -> Files.isRegularFile(
                                    ROOT.resolve(m)
                                            .resolve("src/main/java")
                                            .resolve(source))
                                    || Files.isRegularFile(
                                            ROOT.resolve(m)
                                                    .resolve("src/test/java")
                                                    .resolve(source)));
            if (!found) {
                problems.add("java runs " + a + ", a class no module has");
            }
            return problems;
        }
        return problems;
    }

    // --- a small shell word splitter: quotes, $(...), && || ; | &

    /** Replaces each top-level $(...) with $SUB and collects its text. */
    static String extractSubstitutions(String line, List<String> substitutions) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                out.append(c);
                if (c == '\'') {
                    quote = 0;
                }
                continue;
            }
            if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                int depth = 0;
                int j = i + 1;
                for (; j < line.length(); j++) {
                    if (line.charAt(j) == '(') {
                        depth++;
                    } else if (line.charAt(j) == ')' && --depth == 0) {
                        break;
                    }
                }
                substitutions.add(line.substring(i + 2, Math.min(j, line.length())));
                out.append("$SUB");
                i = j;
                continue;
            }
            if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The simple commands of a line, each as its words (quotes kept off). */
    static List<List<String>> simpleCommands(String line) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
                continue;
            }
            if (c == ';' || c == '|' || c == '&') {
                if (inWord) {
                    words.add(word.toString());
                }
                word.setLength(0);
                inWord = false;
                if (!words.isEmpty()) {
                    commands.add(words);
                }
                words = new ArrayList<>();
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            word.append(c);
            inWord = true;
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (!words.isEmpty()) {
            commands.add(words);
        }
        return commands;
    }

    private static List<String> withoutRedirections(List<String> words) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.matches("\\d*[<>]+")) {
                i++; // the target follows
            } else if (!w.matches("\\d*[<>]+.*")) {
                kept.add(w);
            }
        }
        return kept;
    }

    private static String unquote(String word) {
        return word.replace("'", "").replace("\"", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
