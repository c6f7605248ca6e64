package org.atelier.core.methods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.validation.AnnotationCheck;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.framework.Bundle;

/**
 * The installed methods, read once from the extension point {@code org.atelier.core.methods}. A broken
 * contribution (missing attribute, unknown configuration class, annotations of that class naming fields or values
 * it does not have, runner class not found, duplicate id) is left out and reported in {@link #problems()}; it never
 * breaks the others.
 */
public final class MethodRegistry {

    public static final String EXTENSION_POINT = "org.atelier.core.methods";
    static final String ATTR_RUNNER = "runner";
    static final String ATTR_DEMO = "demo";
    static final String ATTR_PREVIEW = "preview";
    private static final String PLUGIN_ID = "org.atelier.core";

    private static volatile MethodRegistry platform;

    private final Map<String, MethodDescriptor> methods = new LinkedHashMap<>();
    private final List<IStatus> problems = new ArrayList<>();

    /** The registry of the running platform, read on first use. */
    public static MethodRegistry getDefault() {
        MethodRegistry result = platform;
        if (result == null) {
            synchronized (MethodRegistry.class) {
                result = platform;
                if (result == null) {
                    result = new MethodRegistry(Platform.getExtensionRegistry());
                    platform = result;
                }
            }
        }
        return result;
    }

    public MethodRegistry(IExtensionRegistry registry) {
        if (registry == null) {
            problems.add(Status.error("no extension registry: Atelier must run inside its OSGi runtime"));
            return;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                MethodDescriptor method = read(element);
                if (methods.containsKey(method.id())) {
                    throw new IllegalArgumentException("the method id '" + method.id() + "' is taken already by "
                            + methods.get(method.id()).contributor());
                }
                methods.put(method.id(), method);
            } catch (RuntimeException e) {
                problems.add(new Status(IStatus.ERROR, PLUGIN_ID, "Method contributed by "
                        + element.getContributor().getName() + " left out: " + e.getMessage(), e));
            }
        }
    }

    private static MethodDescriptor read(IConfigurationElement element) {
        String id = required(element, "id");
        String label = required(element, "label");
        String configClass = required(element, "configClass");
        String runner = required(element, ATTR_RUNNER);
        String contributor = element.getContributor().getName();
        Bundle bundle = Platform.getBundle(contributor);
        if (bundle == null) {
            throw new IllegalArgumentException("bundle " + contributor + " is not installed");
        }
        try {
            bundle.loadClass(runner);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalArgumentException("runner class " + runner + " not found in " + contributor);
        }
        String formats = element.getAttribute("outputFormats");
        List<String> outputFormats = formats == null || formats.isBlank() ? List.of()
                : Arrays.stream(formats.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        boolean requiresDataset = !"false".equals(element.getAttribute("requiresDataset"));
        boolean trains = "true".equals(element.getAttribute("trains"));
        for (String attribute : List.of(ATTR_PREVIEW, ATTR_DEMO)) {
            String className = element.getAttribute(attribute);
            if (className != null && !loads(element, className)) {
                throw new IllegalArgumentException(attribute + " class " + className + " not found from " + contributor);
            }
        }
        return new MethodDescriptor(id, label, element.getAttribute("description"), configClass(configClass),
                outputFormats, requiresDataset, trains, contributor, element);
    }

    /** Whether a class an attribute names can be found as the extension registry will look for it. */
    private static boolean loads(IConfigurationElement element, String className) {
        Bundle bundle = Platform.getBundle(element.getContributor().getName());
        try {
            bundle.loadClass(className);
            return true;
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return false;
        }
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("attribute '" + attribute + "' is missing");
        }
        return value.trim();
    }

    /** Resolves {@code nsURI#ClassName} to a concrete subclass of MethodConfig. */
    static EClass configClass(String reference) {
        int hash = reference.lastIndexOf('#');
        if (hash <= 0 || hash == reference.length() - 1) {
            throw new IllegalArgumentException(
                    "configClass '" + reference + "' is not of the form <EPackage nsURI>#<EClass name>");
        }
        String nsUri = reference.substring(0, hash);
        String name = reference.substring(hash + 1);
        EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(nsUri);
        if (ePackage == null) {
            throw new IllegalArgumentException("configClass '" + reference + "': no EPackage registered as " + nsUri);
        }
        EClassifier classifier = ePackage.getEClassifier(name);
        if (!(classifier instanceof EClass eClass)) {
            throw new IllegalArgumentException("configClass '" + reference + "': " + nsUri + " has no class " + name);
        }
        if (eClass.isAbstract() || eClass == AtelierPackage.Literals.METHOD_CONFIG
                || !AtelierPackage.Literals.METHOD_CONFIG.isSuperTypeOf(eClass)) {
            throw new IllegalArgumentException(
                    "configClass '" + reference + "' must be a concrete subclass of MethodConfig, not MethodConfig itself");
        }
        List<String> broken = AnnotationCheck.problems(eClass);
        if (!broken.isEmpty()) {
            throw new IllegalArgumentException("configClass '" + reference + "': " + String.join("; ", broken));
        }
        return eClass;
    }

    public Collection<MethodDescriptor> all() {
        return Collections.unmodifiableCollection(methods.values());
    }

    public Optional<MethodDescriptor> find(String id) {
        return Optional.ofNullable(id == null ? null : methods.get(id));
    }

    /** The contributions that were left out, with the reason. */
    public List<IStatus> problems() {
        return Collections.unmodifiableList(problems);
    }
}
