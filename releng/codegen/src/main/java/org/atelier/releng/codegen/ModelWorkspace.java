package org.atelier.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * The bundles' models as the IDE would see them in one workspace: every folder under {@code bundles/} is a project of
 * {@code platform:/resource/}, and every {@code model/*.ecore} is found by its nsURI, so that a model extending a class of
 * another bundle's model ({@code http://atelier.org/core/1.0#//MethodConfig}) resolves to that bundle's file.
 */
final class ModelWorkspace {

    private final Map<String, Path> bundles = new LinkedHashMap<>();
    private final Map<URI, URI> ecoreByNsUri = new LinkedHashMap<>();

    ModelWorkspace(Path bundlesFolder) throws IOException {
        try (Stream<Path> folders = Files.list(bundlesFolder)) {
            folders.filter(Files::isDirectory).sorted().forEach(b -> bundles.put(b.getFileName().toString(), b));
        }
        bundles.forEach(this::map);
        ResourceSet scan = newResourceSet();
        for (Map.Entry<String, Path> bundle : bundles.entrySet()) {
            for (Path ecore : modelFiles(bundle.getValue(), ".ecore")) {
                URI uri = URI.createPlatformResourceURI(bundle.getKey() + "/model/" + ecore.getFileName(), true);
                for (EObject root : scan.getResource(uri, true).getContents()) {
                    if (root instanceof EPackage p) {
                        URI previous = ecoreByNsUri.put(URI.createURI(p.getNsURI()), uri);
                        if (previous != null) {
                            throw new IllegalStateException(p.getNsURI() + " is declared by both " + previous + " and " + uri);
                        }
                    }
                }
            }
        }
    }

    /** The bundle holding a model file. */
    static String bundleOf(Path modelFile) {
        return modelFile.getParent().getParent().getFileName().toString();
    }

    /** Serves {@code platform:/resource/<bundle>/} from {@code folder} (a scratch copy, or the bundle itself). */
    void map(String bundle, Path folder) {
        EcorePlugin.getPlatformResourceMap().put(bundle, URI.createFileURI(folder.toAbsolutePath() + "/"));
    }

    /** Serves the bundle from its own folder again. */
    void unmap(String bundle) {
        map(bundle, bundles.get(bundle));
    }

    /** A resource set reading .ecore and .genmodel files, with every bundle's nsURIs leading to its .ecore. */
    ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        // A model reached by its nsURI is read as the .ecore the URI map leads to, though the nsURI has no such extension.
        resources.getResourceFactoryRegistry().getProtocolToFactoryMap().put("http", new EcoreResourceFactoryImpl());
        resources.getURIConverter().getURIMap().putAll(ecoreByNsUri);
        return resources;
    }

    /**
     * The genmodels in the order they can be generated: a model after the models of other bundles it uses, as a
     * generated class extends the generated classes of its supertypes.
     */
    List<Path> inDependencyOrder(List<Path> genmodels) {
        Map<URI, Path> byEcore = new LinkedHashMap<>();
        for (Path genmodel : genmodels) {
            byEcore.put(ecoreBeside(genmodel), genmodel);
        }
        ResourceSet resources = newResourceSet();
        Map<Path, Set<Path>> uses = new LinkedHashMap<>();
        for (Path genmodel : genmodels) {
            Resource ecore = resources.getResource(ecoreBeside(genmodel), true);
            Set<Path> used = new LinkedHashSet<>();
            for (EObject referenced : EcoreUtil.ExternalCrossReferencer.find(ecore).keySet()) {
                Resource other = referenced.eResource();
                if (other != null && other != ecore && byEcore.containsKey(location(other))) {
                    used.add(byEcore.get(location(other)));
                }
            }
            uses.put(genmodel, used);
        }
        List<Path> order = new ArrayList<>();
        for (Path genmodel : genmodels) {
            visit(genmodel, uses, order, new LinkedHashSet<>());
        }
        return order;
    }

    private static void visit(Path genmodel, Map<Path, Set<Path>> uses, List<Path> order, Set<Path> path) {
        if (order.contains(genmodel)) {
            return;
        }
        if (!path.add(genmodel)) {
            throw new IllegalStateException("the models use each other in a cycle: " + path);
        }
        for (Path used : uses.get(genmodel)) {
            visit(used, uses, order, path);
        }
        path.remove(genmodel);
        order.add(genmodel);
    }

    /**
     * Where a resource's file is: a model reached through another's reference may have been loaded by its nsURI
     * ({@code http://atelier.org/core/1.0}), which the URI map leads to its {@code platform:/resource/} file.
     */
    static URI location(Resource resource) {
        ResourceSet set = resource.getResourceSet();
        return set == null ? resource.getURI() : set.getURIConverter().normalize(resource.getURI()); // Ecore's own has none
    }

    /** The .ecore a genmodel of the same name beside it generates. */
    static URI ecoreBeside(Path genmodel) {
        String name = genmodel.getFileName().toString().replaceFirst("\\.genmodel$", ".ecore");
        return URI.createPlatformResourceURI(bundleOf(genmodel) + "/model/" + name, true);
    }

    /** The genmodel beside an .ecore file, by the same name. */
    static URI genmodelBeside(URI ecore) {
        return ecore.trimFileExtension().appendFileExtension("genmodel");
    }

    private static List<Path> modelFiles(Path bundle, String extension) {
        Path model = bundle.resolve("model");
        if (!Files.isDirectory(model)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(model)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
