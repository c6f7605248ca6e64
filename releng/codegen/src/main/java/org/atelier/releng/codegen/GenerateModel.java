package org.atelier.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model code of a bundle from its committed {@code model/*.genmodel}, headless.
 * <p>
 * Generation runs in a scratch copy of the bundle so that only {@code src-gen/} (and the reconciled
 * genmodel) come back: the bundle's hand-written manifest and plugin.xml are never touched.
 */
public final class GenerateModel {

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: GenerateModel <bundle>/model/<name>.genmodel ...");
            System.exit(2);
        }
        for (String arg : args) {
            generate(Path.of(arg).toAbsolutePath().normalize());
        }
    }

    static void generate(Path genmodelFile) throws IOException {
        Path modelDir = genmodelFile.getParent();
        Path bundleDir = modelDir.getParent();
        String bundle = bundleDir.getFileName().toString();
        Path scratch = Files.createTempDirectory("atelier-codegen").resolve(bundle);
        copyTree(modelDir, scratch.resolve("model"));
        EcorePlugin.getPlatformResourceMap().put(bundle, URI.createFileURI(scratch + "/"));

        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());

        URI genmodelUri = URI.createPlatformResourceURI(bundle + "/model/" + genmodelFile.getFileName(), true);
        Resource genmodelResource = resources.getResource(genmodelUri, true);
        GenModel committed = (GenModel) genmodelResource.getContents().get(0);

        List<EPackage> packages = new ArrayList<>();
        for (String ecore : committed.getForeignModel()) {
            Resource ecoreResource = resources.getResource(URI.createURI(ecore).resolve(genmodelUri), true);
            ecoreResource.getContents().stream().filter(EPackage.class::isInstance).map(EPackage.class::cast)
                    .forEach(packages::add);
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

        IStatus valid = genModel.validate();
        if (valid.getSeverity() == IStatus.ERROR) {
            throw new IllegalStateException(genmodelFile + ": " + valid);
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

        Path srcGen = bundleDir.resolve("src-gen");
        deleteTree(srcGen);
        copyTree(scratch.resolve("src-gen"), srcGen);
        Files.copy(scratch.resolve("model").resolve(genmodelFile.getFileName()), genmodelFile,
                StandardCopyOption.REPLACE_EXISTING);
        System.out.println("generated " + srcGen);
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
