package org.atelier.methods.lora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.clip.ClipTextEncoder;
import org.atelier.diffusion.nn.Linear;
import org.atelier.diffusion.nn.Ops;
import org.atelier.tensors.DType;
import org.atelier.tensors.Hashes;
import org.atelier.tensors.KeyMap;
import org.atelier.tensors.ModelInfo;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.training.Trainer;
import org.atelier.training.optim.Parameter;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * kohya's LoRA on a loaded model: a module on each linear layer of the UNet's transformers (projections in and
 * out, attention q, k, v and out, feed-forward) and, when asked, of the text encoders' attention and MLP. A module
 * adds {@code up(dropout(down(x))) · alpha / rank} to its layer's output; {@code down} starts uniform in
 * {@code ±1/sqrt(in)} (kaiming with a = sqrt 5, as kohya), {@code up} at zero, so training starts from the model
 * as it is. 1x1 convolutions (SD 1.x's projections) get 1x1 convolution modules, as kohya gives them; with LoCon,
 * the residual blocks' and samplers' convolutions get a down of their kernel, stride and padding and a 1x1 up.
 * <p>
 * Modules are named as kohya names them: {@code lora_unet_} and the layer's diffusers name for SD 1.x and 2.x, its
 * ldm name for SDXL; {@code lora_te_} (SDXL: {@code lora_te1_}, {@code lora_te2_}) and the Hugging Face name of a
 * text encoder layer; dots as underscores. Saved with {@code .lora_down.weight}, {@code .lora_up.weight} and
 * {@code .alpha}, kohya's {@code ss_*} metadata, {@code modelspec.*} and the {@code sshs_*} hashes.
 */
public final class LoraNetwork implements Trainer.Method {

    /** One module: the layer it adapts, its two arrays, and how it is named and scaled. */
    private final class Module implements Linear.Adapter {
        final String name;
        final Linear layer;
        final NDArray down;
        final NDArray up;
        final float scale;
        final double lrFactor;
        final double alpha;

        Module(String name, Linear layer, NDArray down, NDArray up, double lrFactor, int rank, double alpha) {
            this.name = name;
            this.layer = layer;
            this.down = down;
            this.up = up;
            this.scale = (float) (alpha / rank);
            this.lrFactor = lrFactor;
            this.alpha = alpha;
        }

        @Override
        public NDArray forward(NDArray x) {
            NDArray h = layer.isConvolution() ? Ops.conv2d(x, down, null, layer.stride(), layer.padding())
                    : Ops.linear(x, down, null);
            if (training && dropout > 0) {
                h = Ops.dropout(h, (float) dropout);
            }
            NDArray out = layer.isConvolution() ? Ops.conv2d(h, up, null, 1, 0) : Ops.linear(h, up, null);
            return Ops.mul(out, scale);
        }
    }

    private final List<Module> modules = new ArrayList<>();
    private final int rank;
    private final double alpha;
    private final double dropout;
    private final String name;
    private final DType outputType;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private boolean training;

    private LoraNetwork(int rank, double alpha, double dropout, String name, DType outputType) {
        this.rank = rank;
        this.alpha = alpha;
        this.dropout = dropout;
        this.name = name;
        this.outputType = outputType;
    }

    /**
     * Attaches modules to a loaded model.
     *
     * @param textEncoderFactor the text encoder modules' learning rate over the UNet's; {@code NaN}: no modules there
     */
    public static LoraNetwork attach(StableDiffusion sd, int rank, double alpha, double dropout, double textEncoderFactor,
            String name, DType outputType, long seed) {
        return attach(sd, rank, alpha, dropout, textEncoderFactor, 0, 0, name, outputType, seed);
    }

    /**
     * As {@link #attach(StableDiffusion, int, double, double, double, String, DType, long)}, with LoCon's modules
     * on the residual blocks and samplers too when {@code convRank > 0} (a kxk convolution gets a kxk down and a 1x1
     * up, as kohya's LoCon).
     */
    public static LoraNetwork attach(StableDiffusion sd, int rank, double alpha, double dropout, double textEncoderFactor,
            int convRank, double convAlpha, String name, DType outputType, long seed) {
        LoraNetwork network = new LoraNetwork(rank, alpha, dropout, name, outputType);
        boolean sdxl = sd.info().architecture() == ModelInfo.Architecture.SDXL;
        Random random = new Random(seed);
        NDManager manager = sd.manager();
        List<Linear> layers = new ArrayList<>(sd.unet().linears());
        if (convRank > 0) {
            layers.addAll(sd.unet().convolutions());
        }
        for (Linear layer : layers) {
            String module = sdxl ? layer.key() : KeyMap.unetToDiffusers(layer.key() + ".weight").replaceFirst("\\.weight$", "");
            boolean conv = layer.kernel() > 1 || sd.unet().convolutions().contains(layer);
            network.add("lora_unet_" + module.replace('.', '_'), layer, random, manager, 1, conv ? convRank : rank,
                    conv ? convAlpha : alpha);
        }
        if (!Double.isNaN(textEncoderFactor)) {
            List<ClipTextEncoder> encoders = sd.textEncoders();
            for (int e = 0; e < encoders.size(); e++) {
                String prefix = encoders.size() == 1 ? "lora_te_" : "lora_te" + (e + 1) + "_";
                for (Linear layer : encoders.get(e).linears()) {
                    network.add(prefix + layer.key().replace('.', '_'), layer, random, manager, textEncoderFactor, rank, alpha);
                }
            }
        }
        return network;
    }

    private void add(String moduleName, Linear layer, Random random, NDManager manager, double lrFactor, int rank,
            double alpha) {
        long in = layer.inFeatures();
        long out = layer.outFeatures();
        int k = layer.kernel();
        Shape downShape = layer.isConvolution() ? new Shape(rank, in, k, k) : new Shape(rank, in);
        Shape upShape = layer.isConvolution() ? new Shape(out, rank, 1, 1) : new Shape(out, rank);
        long fanIn = in * k * k;
        float bound = (float) (1 / Math.sqrt(fanIn));
        float[] down = new float[Math.toIntExact(rank * fanIn)];
        for (int i = 0; i < down.length; i++) {
            down[i] = (random.nextFloat() * 2 - 1) * bound;
        }
        Module module = new Module(moduleName, layer, manager.create(down, downShape), manager.zeros(upShape), lrFactor, rank,
                alpha);
        layer.addAdapter(module);
        modules.add(module);
    }

    public int moduleCount() {
        return modules.size();
    }

    /** kohya's training metadata to save with the result ({@code ss_*}, {@code modelspec.*}). */
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Module m : modules) {
            all.add(new Parameter(m.name + ".lora_down.weight", m.down, m.lrFactor));
            all.add(new Parameter(m.name + ".lora_up.weight", m.up, m.lrFactor));
        }
        return all;
    }

    @Override
    public void training(boolean on) {
        training = on;
    }


    @Override
    public List<Path> save(Path folder, long step) throws IOException {
        Path file = folder.resolve(name + ".safetensors");
        List<SafetensorsWriter.Spec> specs = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        for (Module m : modules) {
            specs.add(new SafetensorsWriter.Spec(m.name + ".alpha", outputType, new long[0]));
            values.add(new float[] { (float) m.alpha });
            specs.add(new SafetensorsWriter.Spec(m.name + ".lora_down.weight", outputType, m.down.getShape().getShape()));
            values.add(m.down.toFloatArray());
            specs.add(new SafetensorsWriter.Spec(m.name + ".lora_up.weight", outputType, m.up.getShape().getShape()));
            values.add(m.up.toFloatArray());
        }
        Map<String, String> header = new LinkedHashMap<>(metadata);
        header.put("ss_network_module", "networks.lora");
        header.put("ss_network_dim", Integer.toString(rank));
        header.put("ss_network_alpha", number(alpha));
        header.put("ss_network_dropout", number(dropout));
        header.put("ss_steps", Long.toString(step));
        header.put("format", "pt");
        // kohya's hashes are of the file as written without them: written once so, then again with them
        Path plain = Files.createTempFile(folder, name, ".hashing");
        try {
            write(plain, header, specs, values);
            try (SafetensorsReader reader = SafetensorsReader.open(plain)) {
                header.put("sshs_model_hash", Hashes.kohyaModelHash(plain, reader.dataStart()));
            }
            header.put("sshs_legacy_hash", Hashes.legacyModelHash(plain));
        } finally {
            Files.deleteIfExists(plain);
        }
        write(file, header, specs, values);
        return List.of(file);
    }

    private static void write(Path file, Map<String, String> header, List<SafetensorsWriter.Spec> specs, List<float[]> values)
            throws IOException {
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, header, specs)) {
            for (int i = 0; i < specs.size(); i++) {
                writer.writeFloats(specs.get(i).name(), values.get(i));
            }
        }
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
