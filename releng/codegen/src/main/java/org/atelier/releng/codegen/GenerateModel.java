package org.atelier.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Regenerates the EMF model code of bundles from their committed {@code model/*.genmodel}, headless.
 * <p>
 * Generation runs in a scratch copy of the bundle so that only {@code src-gen/} (and the reconciled
 * genmodel) come back: the bundle's hand-written manifest and plugin.xml are never touched. The other bundles are
 * read where they are: a model whose classes extend another bundle's (a method's configuration extends core's
 * {@code MethodConfig}) uses that bundle's genmodel, which is therefore generated first.
 */
public final class GenerateModel {

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: GenerateModel <bundle>/model/<name>.genmodel ...");
            System.exit(2);
        }
        List<Path> genmodels = new ArrayList<>();
        for (String arg : args) {
            genmodels.add(Path.of(arg).toAbsolutePath().normalize());
        }
        Path bundles = genmodels.get(0).getParent().getParent().getParent();
        ModelWorkspace workspace = new ModelWorkspace(bundles);
        for (Path genmodel : workspace.inDependencyOrder(genmodels)) {
            generate(workspace, genmodel);
        }
    }

    static void generate(ModelWorkspace workspace, Path genmodelFile) throws IOException {
        Path modelDir = genmodelFile.getParent();
        Path bundleDir = modelDir.getParent();
        String bundle = ModelWorkspace.bundleOf(genmodelFile);
        Path scratch = Files.createTempDirectory("atelier-codegen").resolve(bundle);
        copyTree(modelDir, scratch.resolve("model"));
        workspace.map(bundle, scratch);
        try {
            generate(workspace, genmodelFile, bundle);
        } finally {
            workspace.unmap(bundle);
        }
        Path srcGen = bundleDir.resolve("src-gen");
        deleteTree(srcGen);
        copyTree(scratch.resolve("src-gen"), srcGen);
        Files.copy(scratch.resolve("model").resolve(genmodelFile.getFileName()), genmodelFile,
                StandardCopyOption.REPLACE_EXISTING);
        System.out.println("generated " + srcGen);
    }

    private static void generate(ModelWorkspace workspace, Path genmodelFile, String bundle) throws IOException {
        ResourceSet resources = workspace.newResourceSet();
        URI genmodelUri = URI.createPlatformResourceURI(bundle + "/model/" + genmodelFile.getFileName(), true);
        Resource genmodelResource = resources.getResource(genmodelUri, true);
        GenModel committed = (GenModel) genmodelResource.getContents().get(0);

        List<EPackage> packages = new ArrayList<>();
        for (String ecore : committed.getForeignModel()) {
            Resource ecoreResource = resources.getResource(URI.createURI(ecore).resolve(genmodelUri), true);
            ecoreResource.getContents().stream().filter(EPackage.class::isInstance).map(EPackage.class::cast)
                    .forEach(packages::add);
        }
        EcoreUtil.resolveAll(resources);
        Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(resources);
        if (!unresolved.isEmpty()) {
            throw new IllegalStateException(genmodelFile + ": references no bundle's model declares: "
                    + unresolved.keySet().stream().map(o -> EcoreUtil.getURI(o).toString()).distinct().toList());
        }

        // A fresh genmodel from the .ecore, with the committed settings carried over: new classes and
        // features get their generator entries, removed ones lose them.
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genmodelResource.getContents().add(genModel);
        genModel.initialize(packages);
        genModel.reconcile(committed);
        genModel.getForeignModel().addAll(committed.getForeignModel());
        genmodelResource.getContents().remove(committed);
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        genModel.getUsedGenPackages().clear();
        genModel.getUsedGenPackages().addAll(usedGenPackages(resources, genModel, genmodelFile));

        IStatus valid = genModel.validate();
        if (valid.getSeverity() == IStatus.ERROR) {
            throw new IllegalStateException(genmodelFile + ": " + describe(valid));
        }

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException(genmodelFile + ": generation failed: " + result);
        }
        genmodelResource.save(null);
    }

    /**
     * The generator entries of the other bundles' packages the model refers to, each from the genmodel beside that
     * package's .ecore: the generated code then imports their classes instead of generating them again.
     */
    private static List<GenPackage> usedGenPackages(ResourceSet resources, GenModel genModel, Path genmodelFile) {
        List<GenPackage> used = new ArrayList<>();
        for (EPackage missing : genModel.getMissingPackages()) {
            if (EcorePackage.eNS_URI.equals(missing.getNsURI())) {
                continue; // the generator knows Ecore's own
            }
            URI ecore = ModelWorkspace.location(missing.eResource());
            Resource genmodel = resources.getResource(ModelWorkspace.genmodelBeside(ecore), true);
            GenPackage found = genmodel.getContents().stream().filter(GenModel.class::isInstance).map(GenModel.class::cast)
                    .flatMap(g -> g.getAllGenPackagesWithClassifiers().stream())
                    .filter(p -> p.getEcorePackage() == missing).findFirst()
                    .orElseThrow(() -> new IllegalStateException(genmodelFile + ": uses " + missing.getNsURI() + " of "
                            + ecore + ", but " + genmodel.getURI() + " does not generate it"));
            used.add(found);
        }
        return used;
    }

    private static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getMessage());
        for (IStatus child : status.getChildren()) {
            text.append("\n  ").append(describe(child));
        }
        return text.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
