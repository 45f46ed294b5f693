package it.traguardi.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import it.traguardi.web.WebServer;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/** The module dependencies go one way: core <- store, exchange <- report <- web, cli (README.md, "Module map"). */
@AnalyzeClasses(packages = "it.traguardi", importOptions = {DoNotIncludeTests.class, NoTestJars.class})
class ArchitectureTest {

    private static final String CORE = "it.traguardi.core..";
    private static final String STORE = "it.traguardi.store..";
    private static final String EXCHANGE = "it.traguardi.exchange..";
    private static final String REPORT = "it.traguardi.report..";
    private static final String WEB = "it.traguardi.web..";
    private static final String CLI = "it.traguardi.cli..";

    @ArchTest
    static final ArchRule core_depends_on_no_other_module =
            noClasses().that().resideInAPackage(CORE)
                    .should().dependOnClassesThat().resideInAnyPackage(STORE, EXCHANGE, REPORT, WEB, CLI);

    @ArchTest
    static final ArchRule core_knows_nothing_of_files_sql_http_or_json =
            noClasses().that().resideInAPackage(CORE)
                    .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                            "java.nio.file..", "java.net.http..", "com.sun.net.httpserver..", "io.javalin..",
                            "jakarta.servlet..", "org.eclipse.jetty..", "com.fasterxml.jackson..")
                    .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class);

    @ArchTest
    static final ArchRule core_uses_only_the_jdk_and_itself =
            classes().that().resideInAPackage(CORE)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..");

    @ArchTest
    static final ArchRule exchange_does_not_touch_the_database_or_the_web =
            noClasses().that().resideInAPackage(EXCHANGE)
                    .should().dependOnClassesThat().resideInAnyPackage(STORE, REPORT, WEB, CLI, "java.sql..");

    @ArchTest
    static final ArchRule store_does_not_depend_on_exchange_web_or_cli =
            noClasses().that().resideInAPackage(STORE)
                    .should().dependOnClassesThat().resideInAnyPackage(EXCHANGE, REPORT, WEB, CLI);

    /** Reports are made from what the caller read: no database, no HTTP; the web will render them, not the reverse. */
    @ArchTest
    static final ArchRule report_does_not_touch_the_database_the_web_or_the_command_line =
            noClasses().that().resideInAPackage(REPORT)
                    .should().dependOnClassesThat().resideInAnyPackage(STORE, WEB, CLI, "java.sql..", "javax.sql..");

    /**
     * The web renders reports only through its report pages and the API's report route, which
     * build the report module's one model per request: no other page assembles a report of its own.
     */
    @ArchTest
    static final ArchRule only_the_web_s_report_pages_and_api_use_the_report_module =
            noClasses().that().resideInAPackage(WEB)
                    .and().resideOutsideOfPackages("it.traguardi.web.report..", "it.traguardi.web.api..")
                    .should().dependOnClassesThat().resideInAPackage(REPORT);

    @ArchTest
    static final ArchRule web_does_not_depend_on_the_command_line =
            noClasses().that().resideInAPackage(WEB)
                    .should().dependOnClassesThat().resideInAPackage(CLI);

    /**
     * The command line starts the web server and uses nothing else of the web module: what both
     * need (formats, rules, JSON) lives below both. Allowed: {@link WebServer} and the web types
     * its public methods take, give or throw (e.g. the access policy), read from its signature so that the
     * rule follows it.
     */
    @ArchTest
    static final ArchRule cli_uses_of_the_web_only_the_server_entry =
            noClasses().that().resideInAPackage(CLI)
                    .should().dependOnClassesThat(webBeyondTheServerEntry());

    private static DescribedPredicate<JavaClass> webBeyondTheServerEntry() {
        var entry = new HashSet<String>();
        entry.add(WebServer.class.getName());
        Arrays.stream(WebServer.class.getMethods())
                .filter(m -> m.getDeclaringClass() == WebServer.class && Modifier.isPublic(m.getModifiers()))
                .flatMap(m -> Stream.of(Stream.of(m.getReturnType()), Arrays.stream(m.getParameterTypes()),
                        Arrays.stream(m.getExceptionTypes())).flatMap(t -> t))
                .map(Class::getName)
                .forEach(entry::add);
        Set<String> allowed = Set.copyOf(entry);
        return DescribedPredicate.describe("web classes other than " + allowed,
                c -> c.getPackageName().startsWith("it.traguardi.web") && !allowed.contains(c.getName()));
    }
}
