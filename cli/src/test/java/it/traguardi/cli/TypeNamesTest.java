package it.traguardi.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Names that say what a thing is, and say it once: a reader who meets a type's simple name (in an
 * import, a stack trace, a mutation report) knows which type it is.
 */
@AnalyzeClasses(packages = "it.traguardi", importOptions = {DoNotIncludeTests.class, NoTestJars.class})
class TypeNamesTest {

    private static final List<String> JDK_PACKAGES = List.of("java.lang", "java.util");

    /** A type called Set or Number would hide the JDK's inside its scope, where both are wanted. */
    @ArchTest
    static final ArchRule no_type_takes_the_name_of_a_java_lang_or_java_util_type =
            classes().that().resideInAPackage("it.traguardi..").should(notHideAJdkType());

    /** The same simple name for two top-level types (web's Layout and exchange's) makes the reader guess. */
    @ArchTest
    static void no_two_top_level_types_share_a_simple_name(JavaClasses imported) {
        var shared = imported.stream()
                .filter(c -> c.getPackageName().startsWith("it.traguardi") && c.isTopLevelClass())
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())))
                .values().stream().filter(names -> names.size() > 1).toList();

        assertThat(shared).isEmpty();
    }

    private static ArchCondition<JavaClass> notHideAJdkType() {
        return new ArchCondition<>("not take the simple name of a type of " + JDK_PACKAGES) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (var jdk : JDK_PACKAGES) {
                    var hidden = jdk + "." + type.getSimpleName();
                    if (!type.getSimpleName().isEmpty() && exists(hidden)) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " hides " + hidden));
                    }
                }
            }
        };
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name, false, ClassLoader.getPlatformClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
