package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atelier.core.runs.Metrics;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.lora.LoraSource;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.core.model.Precision;
import org.atelier.methods.lora.LoraRunner;
import org.atelier.methods.lora.model.LoraConfig;
import org.atelier.runtime.Compute;
import org.atelier.tensors.DType;
import org.atelier.tensors.Hashes;
import org.atelier.tensors.ModelInfo;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.TensorInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LoRA trained on a tiny SD 1.x model: it learns, its file is kohya's, it loads back, a resumed run goes on exactly. */
class LoraTrainingTest {

    @TempDir
    Path folder;

    private static final Sampler.Progress QUIET = (done, total) -> {
    };

    @Test
    void aLoraLearnsAndIsWrittenAsKohyaWritesIt() throws Exception {
        Path file = Projects.lora(folder, "lora", config -> {
            config.setSteps(30);
            config.setRank(4);
            config.setAlpha(4.0);
            config.setLearningRate("5e-3");
            config.setTextEncoderLearningRate(1e-3);
            config.setCheckpointEverySteps(10);
            config.setSaveEverySteps(15);
            config.setValidationShare(0.25);
            config.setOutputName("shapes");
        });
        LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/one"));
        new LoraRunner().run(context);

        List<Metrics.Row> rows = Metrics.read(context.runFolder());
        assertEquals(31, rows.size(), "step 0 (the validation before training), then every step");
        List<Double> validation = rows.stream().filter(r -> r.values().containsKey("validation_loss"))
                .map(r -> r.values().get("validation_loss")).toList();
        assertEquals(4, validation.size(), "validation before training and every checkpoint");
        assertTrue(validation.get(3) < validation.get(0), "the held-out loss falls: " + validation);
        assertTrue(context.log().stream().anyMatch(l -> l.contains("3 images (15 per epoch with repeats, 1 held out")),
                "the plan is logged: " + context.log());
        assertEquals(Compute.describe(Compute.device()), context.run().getEnvironment().getDevice(),
                "the run records the device its model computed on");
        assertTrue(Files.list(context.runFolder()).anyMatch(p -> p.getFileName().toString().startsWith("events.out.tfevents.")),
                "TensorBoard events are written");

        Path lora = context.runFolder().resolve("output/shapes.safetensors");
        assertEquals(List.of(lora), context.artifacts());
        assertTrue(Files.isRegularFile(context.runFolder().resolve("output/step-00000015/shapes.safetensors")),
                "a copy of the LoRA at step 15, in a folder of its step");
        try (SafetensorsReader reader = SafetensorsReader.open(lora)) {
            String proj = "lora_unet_down_blocks_0_attentions_0_proj_in";
            assertArrayEquals(new long[] { 4, 32, 1, 1 }, reader.tensor(proj + ".lora_down.weight").shape(),
                    "SD 1.x's 1x1 convolution projections get 1x1 convolution modules");
            assertArrayEquals(new long[] { 32, 4, 1, 1 }, reader.tensor(proj + ".lora_up.weight").shape());
            String q = "lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_attn2_to_q";
            assertArrayEquals(new long[] { 4, 32 }, reader.tensor(q + ".lora_down.weight").shape());
            assertNotNull(reader.tensor("lora_te_text_model_encoder_layers_1_mlp_fc2.lora_up.weight"), "text encoder modules");
            TensorInfo alpha = reader.tensor(proj + ".alpha");
            assertEquals(0, alpha.rank());
            assertEquals(DType.F16, alpha.dtype());
            assertEquals(4f, reader.floats(alpha)[0]);
            float[] up = reader.floats(reader.tensor(q + ".lora_up.weight"));
            assertTrue(java.util.Arrays.stream(toDoubles(up)).anyMatch(v -> v != 0), "up started at zero and learnt");
            Map<String, String> m = reader.metadata();
            assertEquals("networks.lora", m.get("ss_network_module"));
            assertEquals("4", m.get("ss_network_dim"));
            assertEquals("4", m.get("ss_network_alpha"));
            assertEquals("sd_v1", m.get("ss_base_model_version"));
            assertEquals("stable-diffusion-v1/lora", m.get("modelspec.architecture"));
            assertEquals("30", m.get("ss_max_train_steps"));
            assertEquals("(64, 64)", m.get("ss_resolution"));
            assertTrue(m.get("ss_tag_frequency").contains("\"5_shape\":{") && m.get("ss_tag_frequency").contains("\"flat\":3"),
                    m.get("ss_tag_frequency"));
            assertEquals(Hashes.kohyaModelHash(lora, reader.dataStart()), m.get("sshs_model_hash"),
                    "kohya's hash: the tensors' bytes after the header");
        }

        // it loads as a LoRA (kohya's names match the model's weights) and changes the image
        Path model = folder.resolve("models/tiny.safetensors");
        Path tokenizer = folder.resolve("tokenizer");
        StableDiffusion.Settings settings = new StableDiffusion.Settings("a red disc", "", 2, 7f, Sampler.EULER, 3, 64, 64, 1,
                0.5f, 0);
        float[] plain;
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer)) {
            plain = sd.generate(settings, null, null, QUIET).latents();
        }
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer, List.of(new LoraSource.Lora(lora, 1f)))) {
            assertFalse(java.util.Arrays.equals(plain, sd.generate(settings, null, null, QUIET).latents()));
        }
    }

    private static double[] toDoubles(float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }

    /** A run that stops after its step-4 checkpoint, resumed, ends where an uninterrupted run ends. */
    @Test
    void aResumedRunContinuesExactlyWhereItWas() throws Exception {
        Path file = Projects.lora(folder, "resume", config -> {
            config.setSteps(6);
            config.setRank(2);
            config.setLearningRate("1e-2");
            config.setTrainTextEncoder(false);
            config.setCheckpointEverySteps(2);
            config.setOutputType(Precision.FP32);
        });
        LocalRunContext straight = new LocalRunContext(file, folder.resolve("runs/straight"));
        TrainingRun.run(straight, LoraConfig.class, (sd, config, data) -> LoraRunnerAccess.attach(straight, sd, config, data));

        LocalRunContext broken = new LocalRunContext(file, folder.resolve("runs/broken"));
        IOException crash = assertThrows(IOException.class, () -> TrainingRun.run(broken, LoraConfig.class,
                (sd, config, data) -> LoraRunnerAccess.attach(broken, sd, config, data), (step, loss) -> {
                    if (step == 5) {
                        throw new IOException("killed after step 5");
                    }
                }));
        assertEquals("killed after step 5", crash.getMessage());
        assertTrue(Files.isRegularFile(broken.checkpointsFolder().resolve("step-00000004.safetensors")));
        LocalRunContext resumed = new LocalRunContext(file, folder.resolve("runs/broken"));
        TrainingRun.run(resumed, LoraConfig.class, (sd, config, data) -> LoraRunnerAccess.attach(resumed, sd, config, data));
        assertTrue(resumed.log().stream().anyMatch(l -> l.startsWith("Resuming at step 4")), resumed.log().toString());

        List<Metrics.Row> rows = Metrics.read(broken.runFolder());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), rows.stream().map(Metrics.Row::step).toList(),
                "the steps after the checkpoint are logged once, by the resumed run");
        List<Metrics.Row> reference = Metrics.read(straight.runFolder());
        for (int i = 0; i < 6; i++) {
            assertEquals(reference.get(i).values().get("loss"), rows.get(i).values().get("loss"), 1e-6, "step " + (i + 1));
        }
        try (SafetensorsReader a = SafetensorsReader.open(straight.outputFolder().resolve("lora.safetensors"));
                SafetensorsReader b = SafetensorsReader.open(broken.outputFolder().resolve("lora.safetensors"))) {
            int compared = 0;
            for (TensorInfo t : a.tensors()) {
                assertArrayEquals(a.floats(t), b.floats(b.tensor(t.name())), 1e-6f, t.name());
                compared++;
            }
            assertTrue(compared > 100);
        }
    }

    @Test
    void loConTrainsTheConvolutionsToo() throws Exception {
        Path file = Projects.lora(folder, "locon", config -> {
            config.setSteps(3);
            config.setRank(2);
            config.setConvRank(2);
            config.setConvAlpha(1.0);
            config.setLearningRate("1e-2");
            config.setTrainTextEncoder(false);
            config.setOutputName("locon");
        });
        LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/locon"));
        new LoraRunner().run(context);
        Path locon = context.outputFolder().resolve("locon.safetensors");
        try (SafetensorsReader reader = SafetensorsReader.open(locon)) {
            String conv = "lora_unet_down_blocks_0_resnets_0_conv1";
            assertArrayEquals(new long[] { 2, 32, 3, 3 }, reader.tensor(conv + ".lora_down.weight").shape(),
                    "a 3x3 convolution gets a 3x3 down");
            assertArrayEquals(new long[] { 32, 2, 1, 1 }, reader.tensor(conv + ".lora_up.weight").shape());
            assertEquals(1f, reader.floats(reader.tensor(conv + ".alpha"))[0]);
            assertArrayEquals(new long[] { 2, 128 }, reader.tensor("lora_unet_down_blocks_0_resnets_0_time_emb_proj.lora_down.weight")
                    .shape());
            assertArrayEquals(new long[] { 2, 32, 3, 3 }, reader.tensor("lora_unet_down_blocks_0_downsamplers_0_conv.lora_down.weight")
                    .shape());
            assertTrue(reader.metadata().get("ss_network_args").contains("\"conv_dim\":\"2\""), reader.metadata().toString());
        }
        Path model = folder.resolve("models/tiny.safetensors");
        try (org.atelier.tensors.SafetensorsReader base = org.atelier.tensors.SafetensorsReader.open(model);
                LoraSource patched = LoraSource.apply(org.atelier.tensors.SafetensorsReader.open(model),
                        List.of(new LoraSource.Lora(locon, 1f)))) {
            assertTrue(patched.changed().contains("model.diffusion_model.input_blocks.1.0.in_layers.2.weight"),
                    "loaded at load as LoCon: " + patched.changed().size() + " weights changed");
        }
    }

    /** KEEP saves the modules in the type of the base model's UNet, and refuses a UNet of mixed types by name. */
    @Test
    void keepSavesInTheTypeOfTheBaseModelsUnet() throws Exception {
        Path file = Projects.lora(folder, "keep", config -> {
            config.setSteps(1);
            config.setRank(2);
            config.setTrainTextEncoder(false);
            config.setOutputType(Precision.KEEP);
        });
        LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/keep"));
        new LoraRunner().run(context);
        try (SafetensorsReader reader = SafetensorsReader.open(context.outputFolder().resolve("lora.safetensors"))) {
            assertTrue(reader.tensors().stream().allMatch(t -> t.dtype() == DType.F16), "the tiny base model's UNet is fp16");
        }
        assertTrue(context.log().stream().anyMatch(l -> l.contains("saved in F16 as the base model's UNet is")),
                context.log().toString());

        assertEquals(DType.BF16, LoraRunner.outputType(context, Precision.KEEP, unetOf(DType.BF16)));
        assertEquals(DType.F32, LoraRunner.outputType(context, Precision.FP32, unetOf(DType.BF16)), "a precision chosen wins");
        TrainingException mixed = assertThrows(TrainingException.class,
                () -> LoraRunner.outputType(context, Precision.KEEP, unetOf(DType.F16, DType.F32)));
        assertEquals("experiment 'keep' › config › outputType: KEEP saves the LoRA in the type of the base model's UNet, but"
                + " the UNet of tiny.safetensors holds [F16, F32]; choose FP16, BF16 or FP32", mixed.getMessage());
    }

    private static ModelInfo unetOf(DType... types) {
        return new ModelInfo(ModelInfo.Kind.CHECKPOINT, ModelInfo.Architecture.SD1, null, null,
                List.of(new ModelInfo.Component("UNet", 1000, java.util.Set.of(types), 10)), List.of());
    }

    /** Access to the runner's network making, for runs driven here. */
    static final class LoraRunnerAccess {
        static Trainer.Method attach(LocalRunContext context, StableDiffusion sd, LoraConfig config, TrainingData data)
                throws IOException {
            return LoraRunner.attach(context, sd, config, data);
        }
    }

    @Test
    void gradientsSurviveTheGarbageCollector() throws Exception {
        List<Double> norms = new ArrayList<>();
        for (boolean collect : new boolean[] { false, true }) {
            Path file = Projects.lora(folder, "gc-" + collect, config -> {
                config.setSteps(2);
                config.setRank(2);
                config.setCheckpointEverySteps(100);
            });
            LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/gc-" + collect));
            Trainer.beforeBackward = collect ? System::gc : null;
            try {
                TrainingRun.run(context, LoraConfig.class, (sd, config, data) -> LoraRunnerAccess.attach(context, sd, config, data));
            } finally {
                Trainer.beforeBackward = null;
            }
            Metrics.Row last = Metrics.read(context.runFolder()).get(1);
            assertTrue(Double.isFinite(last.values().get("grad_norm")), "finite gradients: " + last.values());
            norms.add(last.values().get("grad_norm"));
        }
        assertEquals(norms.get(0), norms.get(1), 1e-9, "the collector changes nothing");
    }
}
