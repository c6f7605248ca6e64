package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.EmbeddingFormat;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Precision;
import org.atelier.core.model.SavesEmbedding;
import org.atelier.core.model.SavesWeights;
import org.atelier.core.model.TrainsInSteps;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.validation.AnnotationCheck;
import org.atelier.core.validation.UiAnnotations;
import org.atelier.methods.lora.model.LoraConfig;
import org.atelier.methods.ti.model.TextualInversionConfig;
import org.atelier.training.model.OptimizerKind;
import org.atelier.training.model.TrainingConfig;
import org.atelier.training.model.TrainingFactory;
import org.atelier.training.model.TrainingPackage;
import org.atelier.training.optim.Adafactor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiment files with the generated configurations: the output settings declared once in core keep the names
 * {@code outputType} and {@code outputFormat} in the file, so files written before they moved still load.
 */
class ConfigFilesTest {

    @TempDir
    Path folder;

    private Experiment load(Path file) throws Exception {
        return ProjectStore.loadExperiment(ProjectStore.newResourceSet(), file);
    }

    @Test
    void aLoraExperimentRoundTripsWithItsPrecision() throws Exception {
        Path file = Projects.lora(folder, "bf16", config -> {
            config.setSteps(12);
            config.setRank(3);
            config.setOptimizer(OptimizerKind.LION);
            config.setOutputType(Precision.BF16);
        });
        String xml = Files.readString(file);
        assertTrue(xml.contains("xsi:type=\"lora:LoraConfig\"") && xml.contains("outputType=\"BF16\"")
                && xml.contains("steps=\"12\"") && xml.contains("optimizer=\"LION\""), xml);

        LoraConfig again = assertInstanceOf(LoraConfig.class, load(file).getConfig());
        assertEquals(Precision.BF16, again.getOutputType());
        assertEquals(12, again.getSteps());
        assertEquals(3, again.getRank());
        assertEquals(OptimizerKind.LION, again.getOptimizer());
        assertEquals("1e-4", again.getLearningRate(), "a default is not written, and reads back");

        again.setOutputType(Precision.KEEP);
        ProjectStore.save(again.eResource());
        assertTrue(Files.readString(file).contains("outputType=\"KEEP\""));
        assertEquals(Precision.KEEP, ((SavesWeights) load(file).getConfig()).getOutputType());
    }

    @Test
    void anEmbeddingExperimentRoundTripsWithItsFormat() throws Exception {
        Path file = Projects.textualInversion(folder, "diffusers", config -> config.setOutputFormat(EmbeddingFormat.DIFFUSERS));
        assertTrue(Files.readString(file).contains("outputFormat=\"DIFFUSERS\""));
        TextualInversionConfig again = assertInstanceOf(TextualInversionConfig.class, load(file).getConfig());
        assertEquals(EmbeddingFormat.DIFFUSERS, again.getOutputFormat());
        assertFalse(again instanceof SavesWeights, "an embedding is no weights to save in a precision");

        again.setOutputFormat(EmbeddingFormat.SAFETENSORS);
        ProjectStore.save(again.eResource());
        assertFalse(Files.readString(file).contains("outputFormat"), "the default is not written");
        assertEquals(EmbeddingFormat.SAFETENSORS, ((SavesEmbedding) load(file).getConfig()).getOutputFormat());
    }

    /**
     * A method's configuration class may still be dynamic: one extending TrainingConfig is made as a TrainingConfig
     * (EMF makes a dynamic class's objects from its nearest generated concrete class), its own fields kept beside.
     */
    @Test
    void aDynamicSubclassOfTrainingConfigIsOne() throws Exception {
        EPackage dynamic = EcoreFactory.eINSTANCE.createEPackage();
        dynamic.setName("dynamic");
        dynamic.setNsURI("http://atelier.org/test/dynamic-training/1.0");
        dynamic.setNsPrefix("dynamic");
        dynamic.setEFactoryInstance(EcoreFactory.eINSTANCE.createEFactory());
        EClass configClass = EcoreFactory.eINSTANCE.createEClass();
        configClass.setName("DynamicConfig");
        configClass.getESuperTypes().add(TrainingPackage.Literals.TRAINING_CONFIG);
        EAttribute strength = EcoreFactory.eINSTANCE.createEAttribute();
        strength.setName("strength");
        strength.setEType(EcorePackage.Literals.EDOUBLE);
        configClass.getEStructuralFeatures().add(strength);
        dynamic.getEClassifiers().add(configClass);

        TrainingConfig config = assertInstanceOf(TrainingConfig.class, EcoreUtil.create(configClass));
        assertEquals(500, config.getSteps(), "the shared default");
        config.setSteps(7);
        config.eSet(strength, 0.25);
        Experiment experiment = AtelierFactory.eINSTANCE.createExperiment();
        experiment.setName("dynamic");
        experiment.setConfig(config);
        Path file = folder.resolve("dynamic.experiment");
        ResourceSet resources = ProjectStore.newResourceSet();
        resources.getPackageRegistry().put(dynamic.getNsURI(), dynamic);
        ProjectStore.save(ProjectStore.create(resources, file, experiment));

        ResourceSet again = ProjectStore.newResourceSet();
        again.getPackageRegistry().put(dynamic.getNsURI(), dynamic);
        TrainingConfig loaded = assertInstanceOf(TrainingConfig.class, ProjectStore.loadExperiment(again, file).getConfig());
        assertEquals(configClass, loaded.eClass());
        assertEquals(7, loaded.getSteps());
        assertEquals(0.25, loaded.eGet(strength));
    }

    /** Files as the dynamic configuration classes wrote them, before the output settings moved into core. */
    @Test
    void filesWrittenBeforeLoad() throws Exception {
        Path lora = folder.resolve("old-lora.experiment");
        Files.writeString(lora, """
                <?xml version="1.0" encoding="UTF-8"?>
                <atelier:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:atelier="http://atelier.org/core/1.0"
                    xmlns:lora="http://atelier.org/methods/lora/1.0" name="old-lora" method="org.atelier.methods.lora">
                  <config xsi:type="lora:LoraConfig" steps="60" learningRate="1e-3" checkpointEverySteps="20" rank="4"
                      textEncoderLearningRate="5.0E-4" outputType="FP32" outputName="demo-lora"/>
                </atelier:Experiment>
                """);
        LoraConfig config = assertInstanceOf(LoraConfig.class, load(lora).getConfig());
        assertEquals(Precision.FP32, config.getOutputType());
        assertEquals(60, ((TrainsInSteps) config).getSteps());
        assertEquals(4, config.getRank());
        assertEquals(5e-4, config.getTextEncoderLearningRate());
        assertEquals("demo-lora", config.getOutputName());

        Path ti = folder.resolve("old-ti.experiment");
        Files.writeString(ti, """
                <?xml version="1.0" encoding="UTF-8"?>
                <atelier:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:atelier="http://atelier.org/core/1.0"
                    xmlns:ti="http://atelier.org/methods/ti/1.0" name="old-ti" method="org.atelier.methods.ti">
                  <config xsi:type="ti:TextualInversionConfig" steps="60" token="&lt;shape>" vectors="2" outputFormat="A1111_PT"/>
                </atelier:Experiment>
                """);
        TextualInversionConfig embedding = assertInstanceOf(TextualInversionConfig.class, load(ti).getConfig());
        assertEquals(EmbeddingFormat.A1111_PT, embedding.getOutputFormat());
        assertEquals("<shape>", embedding.getToken());
        assertEquals(2, embedding.getVectors());
    }

    /** Adafactor's settings start at transformers' defaults and show only with Adafactor, whose own beta 1 replaces the shared one. */
    @Test
    void adafactorsSettingsAreTransformersDefaultsShownWithItAlone() {
        assertEquals(List.of(), AnnotationCheck.problems(TrainingPackage.Literals.TRAINING_CONFIG));
        TrainingConfig config = TrainingFactory.eINSTANCE.createTrainingConfig();
        config.setWeightDecay(0);
        assertEquals(Adafactor.Settings.DEFAULTS, Trainer.adafactor("a", config), "relative step, scaled, no first moment, eps (1e-30, 1e-3)");
        EAttribute relativeStep = TrainingPackage.Literals.TRAINING_CONFIG__RELATIVE_STEP;
        EAttribute beta1 = TrainingPackage.Literals.TRAINING_CONFIG__BETA1;
        assertFalse(UiAnnotations.applies(config, relativeStep), "AdamW, the default, has no relative step");
        assertTrue(UiAnnotations.applies(config, beta1));
        config.setOptimizer(OptimizerKind.ADAFACTOR);
        for (EAttribute own : List.of(relativeStep, TrainingPackage.Literals.TRAINING_CONFIG__SCALE_PARAMETER,
                TrainingPackage.Literals.TRAINING_CONFIG__WARMUP_INIT, TrainingPackage.Literals.TRAINING_CONFIG__CLIP_THRESHOLD,
                TrainingPackage.Literals.TRAINING_CONFIG__DECAY_RATE, TrainingPackage.Literals.TRAINING_CONFIG__ADAFACTOR_BETA1,
                TrainingPackage.Literals.TRAINING_CONFIG__ADAFACTOR_EPS1, TrainingPackage.Literals.TRAINING_CONFIG__ADAFACTOR_EPS2)) {
            assertTrue(UiAnnotations.applies(config, own), own.getName());
        }
        assertFalse(UiAnnotations.applies(config, beta1), "the shared beta 1 gives way to Adafactor's");

        config.setRelativeStep(false);
        config.setWarmupInit(true);
        TrainingException refused = assertThrows(TrainingException.class,
                () -> Trainer.adafactor("af", config));
        assertTrue(refused.getMessage().startsWith("experiment 'af' › config › warmupInit:"), refused.getMessage());
    }
}
