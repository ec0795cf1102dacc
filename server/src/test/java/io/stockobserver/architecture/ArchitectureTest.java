package io.stockobserver.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure of docs/architecture.md, checked on the server's own classes (not the jars it uses, such as the
 * simulator or the batch jobs): packages form no cycle, the wiring in {@code app} is used by nobody, and a venue's
 * types stay in its provider package.
 */
@AnalyzeClasses(
        packages = "io.stockobserver",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
    /** Each package is a slice of its own (scalp.slot and scalp.trigger are two), and no two depend on each other. */
    @ArchTest
    static final ArchRule packagesFormNoCycle =
            slices().matching("io.stockobserver.(**)").should().beFreeOfCycles();

    /** Capabilities read their settings through interfaces of their own; only the wiring knows them all. */
    @ArchTest
    static final ArchRule nothingDependsOnTheWiring = noClasses()
            .that()
            .resideOutsideOfPackage("io.stockobserver.app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.stockobserver.app..");

    /**
     * KIS wire detail (TR ids, field names, control codes, holiday parsing, the master-file layout, the REST client)
     * is used by {@code provider.kis} and the wiring only.
     */
    @ArchTest
    static final ArchRule kisTypesStayInTheirProviderPackage = noClasses()
            .that()
            .resideOutsideOfPackages("io.stockobserver.provider.kis..", "io.stockobserver.app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.stockobserver.provider.kis..");

    /** Upbit wire detail (REST groups, frame keys, subscribe arrays) likewise stays in {@code provider.upbit}. */
    @ArchTest
    static final ArchRule upbitTypesStayInTheirProviderPackage = noClasses()
            .that()
            .resideOutsideOfPackages("io.stockobserver.provider.upbit..", "io.stockobserver.app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.stockobserver.provider.upbit..");

    /** The seam itself knows no venue. */
    @ArchTest
    static final ArchRule theSeamKnowsNoVenue = noClasses()
            .that()
            .resideInAPackage("io.stockobserver.provider")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.stockobserver.provider.*..");
}
