package org.atelier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.validation.AnnotationCheck;
import org.atelier.core.validation.UiAnnotations;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;

/** The names and values in a configuration class's annotations are checked against the class itself. */
class AnnotationCheckTest {

    private static final EcoreFactory ECORE = EcoreFactory.eINSTANCE;

    private final EClass config = ECORE.createEClass();
    private final EAttribute steps = attribute("steps", EcorePackage.Literals.EINT);
    private final EAttribute rate = attribute("rate", EcorePackage.Literals.EDOUBLE);
    private final EAttribute flag = attribute("flag", EcorePackage.Literals.EBOOLEAN);
    private final EAttribute mode;
    private final EReference model = ECORE.createEReference();

    /** A configuration class in a package of its own: steps, rate, flag, mode (A or B) and a base model. */
    AnnotationCheckTest() {
        EPackage pack = ECORE.createEPackage();
        pack.setName("check");
        pack.setNsURI("http://atelier.org/test/check");
        pack.setEFactoryInstance(ECORE.createEFactory());
        EEnum modes = ECORE.createEEnum();
        modes.setName("Mode");
        for (String name : new String[] { "A", "B" }) {
            EEnumLiteral literal = ECORE.createEEnumLiteral();
            literal.setName(name);
            literal.setLiteral(name);
            literal.setValue(modes.getELiterals().size());
            modes.getELiterals().add(literal);
        }
        pack.getEClassifiers().add(modes);
        mode = attribute("mode", modes);
        model.setName("model");
        model.setEType(AtelierPackage.Literals.BASE_MODEL);
        config.setName("CheckConfig");
        config.getESuperTypes().add(AtelierPackage.Literals.METHOD_CONFIG);
        config.getEStructuralFeatures().addAll(List.of(steps, rate, flag, mode, model));
        pack.getEClassifiers().add(config);
    }

    private EAttribute attribute(String name, EClassifier type) {
        EAttribute attribute = ECORE.createEAttribute();
        attribute.setName(name);
        attribute.setEType(type);
        return attribute;
    }

    private static void annotate(EModelElement element, String key, String value) {
        EAnnotation annotation = element.getEAnnotation(UiAnnotations.SOURCE);
        if (annotation == null) {
            annotation = ECORE.createEAnnotation();
            annotation.setSource(UiAnnotations.SOURCE);
            element.getEAnnotations().add(annotation);
        }
        annotation.getDetails().put(key, value);
    }

    /** The problems when {@code feature} is the only one shown when {@code condition}. */
    private List<String> shownWhen(EStructuralFeature feature, String condition) {
        for (EStructuralFeature other : config.getEStructuralFeatures()) {
            if (other.getEAnnotation(UiAnnotations.SOURCE) != null) {
                other.getEAnnotation(UiAnnotations.SOURCE).getDetails().removeKey("shownWhen");
            }
        }
        annotate(feature, "shownWhen", condition);
        return AnnotationCheck.problems(config);
    }

    @Test
    void annotationsThatHoldPass() {
        annotate(rate, "shownWhen", "mode=A,B");
        annotate(flag, "shownWhen", "steps!=0");
        annotate(steps, "shownWhen", "flag=true");
        annotate(mode, "shownWhen", "rate=0.5");
        annotate(steps, "min", "1");
        annotate(config, "defaults", "steps=10; rate=1e-3; flag=true; mode=B");
        assertEquals(List.of(), AnnotationCheck.problems(config));
    }

    @Test
    void shownWhenMustNameAFieldWithValues() {
        assertEquals(List.of("CheckConfig.rate: annotation shownWhen='mdoe=A': 'mdoe' is no field of CheckConfig"),
                shownWhen(rate, "mdoe=A"));
        assertEquals(List.of("CheckConfig.rate: annotation shownWhen='model=x': 'model' is a reference, which has no values"
                + " to compare or set"), shownWhen(rate, "model=x"));
        assertEquals(List.of("CheckConfig.rate: annotation shownWhen='mode' is not of the form field=A,B or field!=A"),
                shownWhen(rate, "mode"));
    }

    @Test
    void shownWhenMustListValuesTheFieldCanHave() {
        assertEquals(List.of("CheckConfig.rate: annotation shownWhen='mode=A,C': 'C' is not a literal of mode (Mode)"),
                shownWhen(rate, "mode=A,C"));
        assertEquals(List.of("CheckConfig.rate: annotation shownWhen='steps!=none': 'none' is not a value of steps (EInt)"),
                shownWhen(rate, "steps!=none"));
        assertEquals(List.of("CheckConfig.steps: annotation shownWhen='rate!=0': '0' never matches: a value of rate reads 0.0"),
                shownWhen(steps, "rate!=0"), "a value that parses but never compares equal");
    }

    @Test
    void defaultsMustSetFieldsToValuesOfTheirType() {
        annotate(config, "defaults", "steps=many; rte=1; mode=C; model=x");
        assertEquals(List.of(
                "CheckConfig: annotation defaults='steps=many; rte=1; mode=C; model=x': 'many' is not a value of steps (EInt)",
                "CheckConfig: annotation defaults='steps=many; rte=1; mode=C; model=x': 'rte' is no field of CheckConfig",
                "CheckConfig: annotation defaults='steps=many; rte=1; mode=C; model=x': 'C' is not a value of mode (Mode)",
                "CheckConfig: annotation defaults='steps=many; rte=1; mode=C; model=x': 'model' is a reference, which has no"
                        + " values to compare or set"),
                AnnotationCheck.problems(config));
        annotate(config, "defaults", "steps=10; rate");
        assertEquals(List.of("CheckConfig: annotation defaults='steps=10; rate': 'rate' is not of the form field=value"),
                AnnotationCheck.problems(config));
    }

    @Test
    void boundsMustBeNumbers() {
        annotate(steps, "min", "one");
        annotate(steps, "max", "1e3");
        assertEquals(List.of("CheckConfig.steps: annotation min='one' is not a number"), AnnotationCheck.problems(config));
    }
}
