package it.traguardi.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module dependencies go one way: core <- store, exchange <- web <- cli (README.md, "Module map"). */
@AnalyzeClasses(packages = "it.traguardi", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "it.traguardi.core..";
    private static final String STORE = "it.traguardi.store..";
    private static final String EXCHANGE = "it.traguardi.exchange..";
    private static final String WEB = "it.traguardi.web..";
    private static final String CLI = "it.traguardi.cli..";

    @ArchTest
    static final ArchRule core_depends_on_no_other_module =
            noClasses().that().resideInAPackage(CORE)
                    .should().dependOnClassesThat().resideInAnyPackage(STORE, EXCHANGE, WEB, CLI);

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
                    .should().dependOnClassesThat().resideInAnyPackage(STORE, WEB, CLI, "java.sql..");

    @ArchTest
    static final ArchRule store_does_not_depend_on_exchange_web_or_cli =
            noClasses().that().resideInAPackage(STORE)
                    .should().dependOnClassesThat().resideInAnyPackage(EXCHANGE, WEB, CLI);

    @ArchTest
    static final ArchRule web_does_not_depend_on_the_command_line =
            noClasses().that().resideInAPackage(WEB)
                    .should().dependOnClassesThat().resideInAPackage(CLI);
}
