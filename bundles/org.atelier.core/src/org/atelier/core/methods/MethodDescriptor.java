package org.atelier.core.methods;

import java.util.List;

import org.atelier.core.model.MethodConfig;
import org.atelier.core.validation.UiAnnotations;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** One installed method, as its bundle contributed it to {@code org.atelier.core.methods}. */
public final class MethodDescriptor {

    private final String id;
    private final String label;
    private final String description;
    private final EClass configClass;
    private final List<String> outputFormats;
    private final boolean requiresDataset;
    private final boolean trains;
    private final String contributor;
    private final IConfigurationElement element;

    MethodDescriptor(String id, String label, String description, EClass configClass, List<String> outputFormats,
            boolean requiresDataset, boolean trains, String contributor, IConfigurationElement element) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.configClass = configClass;
        this.outputFormats = List.copyOf(outputFormats);
        this.requiresDataset = requiresDataset;
        this.trains = trains;
        this.contributor = contributor;
        this.element = element;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The method's configuration class, a concrete subclass of MethodConfig. */
    public EClass configClass() {
        return configClass;
    }

    public List<String> outputFormats() {
        return outputFormats;
    }

    /** False for methods such as model merge that train on no images. */
    public boolean requiresDataset() {
        return requiresDataset;
    }

    /**
     * True for methods that train (a loop of steps on a dataset, with samples, checkpoints and resume); false for
     * those that run once as their settings say (model merge).
     */
    public boolean trains() {
        return trains;
    }

    /** The symbolic name of the bundle that contributed the method. */
    public String contributor() {
        return contributor;
    }

    /**
     * A configuration with every value at its default: the features' own, or those the configuration class
     * overrides for its method in its {@code http://atelier.org/ui} annotation's {@code defaults} detail
     * ({@code learningRate=5e-3; weightDecay=0}), as a method's usual values differ from what its shared
     * superclass declares.
     */
    public MethodConfig newConfig() {
        MethodConfig config = (MethodConfig) EcoreUtil.create(configClass);
        // the registry checked that each names an attribute and holds a value of its type
        UiAnnotations.defaults(configClass).forEach((name, value) -> {
            EAttribute attribute = (EAttribute) configClass.getEStructuralFeature(name);
            config.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
        });
        return config;
    }

    public IMethodRunner createRunner() throws CoreException {
        return (IMethodRunner) element.createExecutableExtension(MethodRegistry.ATTR_RUNNER);
    }

    /** What a run of the method will do, worked out before it starts; null when the method says nothing of it. */
    public IExperimentPreview createPreview() throws CoreException {
        return element == null || element.getAttribute(MethodRegistry.ATTR_PREVIEW) == null ? null
                : (IExperimentPreview) element.createExecutableExtension(MethodRegistry.ATTR_PREVIEW);
    }

    /** What the method adds to the demo project, or null when it adds nothing. */
    public IDemoContribution createDemo() throws CoreException {
        return element == null || element.getAttribute(MethodRegistry.ATTR_DEMO) == null ? null
                : (IDemoContribution) element.createExecutableExtension(MethodRegistry.ATTR_DEMO);
    }

    @Override
    public String toString() {
        return id;
    }
}
