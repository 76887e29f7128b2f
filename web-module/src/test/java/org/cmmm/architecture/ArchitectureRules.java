package org.cmmm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the house (STYLE.md, issue 10), written once for a root package so that they are checked against
 * the platform ({@code org.cmmm}) and, to prove each can fail, against planted violations ({@code planted}).
 *
 * <p>Floors, bottom to top: the ground floor {@code platform} (business exception, roles, the signed-in account,
 * who-may-call, CSV, checksums), then the features in the order they build on each other. A feature imports only
 * the floors below it; {@code web} and {@code batch} packages sit on top of everything.
 */
final class ArchitectureRules {

    /** Bottom to top. A new feature gets its place here, or the layering rule fails on it. */
    static final List<String> FLOORS = List.of("platform", "model", "audit", "region", "sms", "notice", "enterprise",
            "account", "diagnosis", "statistics", "report", "support", "home", "demo");

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** A feature imports only features below it (and the ground floor); an unknown feature fails too. */
    ArchRule featuresImportOnlyDownward() {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("import only features on lower floors") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        Optional<String> own = feature(item);
                        if (own.isEmpty()) {
                            return;
                        }
                        int ownFloor = FLOORS.indexOf(own.get());
                        if (ownFloor < 0) {
                            events.add(SimpleConditionEvent.violated(item, item.getName() + " is in feature '" + own.get()
                                    + "', which has no floor in ArchitectureRules.FLOORS"));
                            return;
                        }
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            Optional<String> target = feature(dependency.getTargetClass());
                            if (target.isPresent() && FLOORS.indexOf(target.get()) > ownFloor) {
                                events.add(SimpleConditionEvent.violated(item, "upward, " + own.get() + " → "
                                        + target.get() + ": " + dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    ArchRule featuresFormNoCycles() {
        return slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles();
    }

    /** Pages and jobs are on top: nothing below imports a web or batch class. */
    ArchRule webAndBatchSitOnTop() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + "..web..", root + "..batch..")
                .should().dependOnClassesThat().resideInAnyPackage(root + "..web..", root + "..batch..");
    }

    /** Rules are plain Java: no container, no persistence, no pages. */
    ArchRule controlIsPlainJava() {
        return noClasses().that().resideInAPackage(root + "..control..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..", "jakarta.persistence..", "jakarta.faces..");
    }

    /**
     * A page talks to boundaries: its classes use boundaries, the ground floor, web helpers, the entities and the
     * value types (records, enums, the model) they render; never a rule — no control class with behaviour, no
     * static rule method ({@code Tailoring.of}, {@code RegionChange.violations}), no form check
     * ({@code form.violations()}).
     */
    ArchRule pagesCallBoundariesNotRules() {
        return classes().that().resideInAPackage(root + "..web..")
                .should().onlyDependOnClassesThat(pageMayUse())
                .andShould(new ArchCondition<>("call no rule of a control class") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                            JavaClass owner = call.getTargetOwner();
                            if (!owner.getPackageName().contains(".control")) {
                                continue;
                            }
                            boolean isStatic = call.getTarget().resolveMember()
                                    .map(method -> method.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
                            boolean check = call.getName().equals("violations") || call.getName().startsWith("validate");
                            if ((isStatic && !owner.isEnum()) || check) {
                                events.add(SimpleConditionEvent.violated(item, "a page runs a rule: " + call.getDescription()));
                            }
                        }
                    }
                });
    }

    private DescribedPredicate<JavaClass> pageMayUse() {
        return new DescribedPredicate<>("boundaries, the ground floor, web helpers, entities and value types") {
            @Override
            public boolean test(JavaClass used) {
                JavaClass target = used.isArray() ? used.getBaseComponentType() : used;
                String name = target.getPackageName();
                if (!name.startsWith(root + ".") && !name.equals(root)) {
                    return true; // libraries and the JDK
                }
                if (name.startsWith(root + ".platform.") || name.contains(".boundary") || name.contains(".web")
                        || name.contains(".entity") || name.startsWith(root + ".model.control")) {
                    return true;
                }
                return name.contains(".control") && (target.isRecord() || target.isEnum());
            }
        };
    }

    /** Every public method of an EJB boundary says who may call it (on the method or its class). */
    ArchRule boundariesDeclareTheirCallers() {
        return publicBoundaryMethods()
                .should(new ArchCondition<>("declare who may call (@Allowed or @Public, on the method or its class)") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (declaresCallers(method.getOwner()) || declaresCallers(method)) {
                            return;
                        }
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " does not say who may call it"));
                    }
                });
    }

    /**
     * A boundary that serves callers of different kinds says so on each method: no {@code @Public} or {@code @Allowed}
     * on a class one of whose methods declares otherwise (a class-level {@code @Public} opened {@code findByUserName},
     * which returned the password hash, to every visitor: issue 25, finding 7).
     */
    ArchRule boundariesThatMixCallersDeclareThemPerMethod() {
        return classes().that(ejbBoundary())
                .should(new ArchCondition<>("declare callers per method when its methods differ") {
                    @Override
                    public void check(JavaClass boundary, ConditionEvents events) {
                        if (!declaresCallers(boundary)) {
                            return;
                        }
                        for (JavaMethod method : boundary.getMethods()) {
                            if (declaresCallers(method)) {
                                events.add(SimpleConditionEvent.violated(boundary, boundary.getName()
                                        + " declares its callers on the class and " + method.getName() + " declares others"));
                            }
                        }
                    }
                });
    }

    /**
     * No visitor who has not signed in can call a boundary method that returns what holds a password hash (an
     * account): not {@code @Public}, not {@code @Allowed(anonymous = true)}, on the method or its class.
     */
    ArchRule noVisitorReadsAPasswordHash() {
        return publicBoundaryMethods()
                .should(new ArchCondition<>("not be callable by a visitor when it returns a password hash") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean returnsHash = method.getReturnType().getAllInvolvedRawTypes().stream().anyMatch(type ->
                                type.getAllFields().stream().anyMatch(field -> field.getName().toLowerCase().contains("passwordhash")));
                        if (returnsHash && visitorMayCall(method)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " returns a password hash and a visitor may call it"));
                        }
                    }
                });
    }

    private static boolean visitorMayCall(JavaMethod method) {
        com.tngtech.archunit.core.domain.properties.CanBeAnnotated declared = declaresCallers(method) ? method : method.getOwner();
        if (declared.isAnnotatedWith(org.cmmm.platform.boundary.Public.class)) {
            return true;
        }
        if (declared instanceof JavaMethod m && m.isAnnotatedWith(org.cmmm.platform.boundary.Allowed.class)) {
            return m.getAnnotationOfType(org.cmmm.platform.boundary.Allowed.class).anonymous();
        }
        if (declared instanceof JavaClass c && c.isAnnotatedWith(org.cmmm.platform.boundary.Allowed.class)) {
            return c.getAnnotationOfType(org.cmmm.platform.boundary.Allowed.class).anonymous();
        }
        return false;
    }

    /** The public instance methods of EJB boundaries: what a page or another boundary may call. */
    private com.tngtech.archunit.lang.syntax.elements.GivenMethodsConjunction publicBoundaryMethods() {
        return methods().that().arePublic().and().areNotStatic().and().areDeclaredInClassesThat(ejbBoundary());
    }

    private static boolean declaresCallers(com.tngtech.archunit.core.domain.properties.CanBeAnnotated annotated) {
        return annotated.isAnnotatedWith(org.cmmm.platform.boundary.Allowed.class)
                || annotated.isAnnotatedWith(org.cmmm.platform.boundary.Public.class);
    }

    private DescribedPredicate<JavaClass> ejbBoundary() {
        return new DescribedPredicate<>("EJBs of a boundary package") {
            @Override
            public boolean test(JavaClass type) {
                return type.getPackageName().startsWith(root + ".") && type.getPackageName().endsWith(".boundary")
                        && (type.isAnnotatedWith(jakarta.ejb.Stateless.class) || type.isAnnotatedWith(jakarta.ejb.Singleton.class)
                        || type.isAnnotatedWith(jakarta.ejb.Stateful.class));
            }
        };
    }

    /** The feature of a class of this root: the package segment right below it. */
    private Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
