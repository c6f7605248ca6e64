package org.atelier.methods.merge;

import java.io.IOException;
import java.nio.file.Path;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.project.BaseModels;
import org.atelier.methods.merge.model.MergeConfig;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The merge method's part of the demo project: two small checkpoints in the SD 1.x layout (random weights, about
 * 28 MB each) as base models {@code demo-a} and {@code demo-b}, and an experiment blending them.
 */
public final class MergeDemo implements IDemoContribution {

    static final String METHOD = "org.atelier.methods.merge";

    @Override
    public void addTo(Path projectFolder) throws IOException {
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject project;
        try {
            project = ProjectStore.loadProject(resources, projectFolder);
        } catch (ModelException e) {
            throw new IOException(e.getMessage(), e);
        }
        BaseModel a = model(project, projectFolder, "demo-a", 1);
        BaseModel b = model(project, projectFolder, "demo-b", 2);
        ProjectStore.save(project.eResource());

        Experiment experiment = AtelierFactory.eINSTANCE.createExperiment();
        experiment.setName("merge");
        experiment.setDescription("Model merge: 70 % of demo-a and 30 % of demo-b (weighted sum), saved in fp16. The"
                + " result lands in the run's output folder and joins the project's base models.");
        experiment.setMethod(METHOD);
        experiment.setBaseModel(a);
        MergeConfig config = (MergeConfig) MethodRegistry.getDefault().find(METHOD).orElseThrow().newConfig();
        config.setModelB(b);
        config.setMultiplier(0.3);
        config.setOutputName("demo-merge");
        experiment.setConfig(config);
        experiment.setSampling(AtelierFactory.eINSTANCE.createSamplingSpec());
        Path file = projectFolder.resolve(ProjectStore.EXPERIMENTS_FOLDER).resolve("merge." + ProjectStore.EXPERIMENT_EXTENSION);
        ProjectStore.save(ProjectStore.create(resources, file, experiment));
    }

    private static BaseModel model(TrainingProject project, Path projectFolder, String id, long seed) throws IOException {
        Path file = projectFolder.resolve("models").resolve(id + ".safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, seed);
        BaseModel model = BaseModels.describe(file, projectFolder, id, false);
        model.setName(id + " (a small SD 1.x model of random weights)");
        project.getBaseModels().add(model);
        return model;
    }
}
